/// User names in home paths (/home/alice, /Users/alice, C:\Users\alice) and shell prompts, and their other mentions.

extension Scanner {
    /// Stand-ins and system accounts that name no one.
    private static let genericUsers: Set<String> = [
        "user", "username", "yourname", "your-username", "your_username", "youruser", "you", "me", "name", "shared",
        "public", "default", "all users", "default user", "linuxbrew", "...",
        // Web routes that look like /home/<page>.
        "dashboard", "settings", "profile", "index", "about", "feed", "login", "logout", "signup", "page", "pages",
        "components", "views", "search", "posts", "news", "overview", "welcome", "main", "explore", "tab", "tabs",
        "screen", "screens", "layout", "content", "sections", "widgets", "assets", "images", "static", "styles",
        "new", "edit", "list", "detail", "details", "id", "home", "users",
        // System and CI accounts: no one's name.
        "root", "ubuntu", "debian", "centos", "admin", "administrator", "runner", "runneradmin", "ec2-user", "vagrant",
        "pi", "node", "app", "www-data", "jenkins", "git", "docker", "codespace", "codespaces", "vscode", "circleci",
        "guest", "test", "builder", "build", "postgres", "nobody", "daemon", "travis", "gitpod", "coder", "dev", "developer",
    ]

    /// `/home/<name>` or `/Users/<name>` at the `/` at `i`, at the start of a path (or after /mnt/c).
    func unixHome(slashAt i: Int) -> Match? {
        let skip: Int
        if has("/home/", at: i) { skip = 6 } else if has("/Users/", at: i) { skip = 7 } else { return nil }
        let prev = byteBefore(i)
        if i > 0 && (isWordByte(prev) || prev == ASCII.dot || prev == ASCII.dash || prev == ASCII.slash) {
            let wsl = i >= 6 && has("/mnt/", at: i - 6) && isAlpha(prev)
            let fileURL = prev == ASCII.slash && contextByte(i - 2) == ASCII.slash
            let varHome = i >= 4 && has("/var", at: i - 4) && !isWordByte(byteBefore(i - 4))  // Fedora Silverblue
            guard wsl || fileURL || varHome else { return nil }
        }
        let s = i + skip
        let e = run(from: s, limit: 65) { isTokenByte($0) || $0 == ASCII.dot || $0 >= 0x80 }
        return userName(s, e)
    }

    /// `%2FUsers%2F<name>` or `%2Fhome%2F<name>`: a url-encoded home path at the `%` at `i`, starting the path.
    func encodedHome(percentAt i: Int) -> Match? {
        let skip: Int
        if hasFolded("%2fusers%2f", at: i) { skip = 11 } else if hasFolded("%2fhome%2f", at: i) { skip = 10 } else { return nil }
        let prev = byteBefore(i)
        guard i == 0 || prev == ASCII.equals || prev == ASCII.quote || isWhitespace(prev) else { return nil }
        let s = i + skip
        let e = run(from: s, limit: 65) { isTokenByte($0) || $0 == ASCII.dot }
        guard self[e] == ASCII.percent || !isTokenByte(self[e]) else { return nil }
        return userName(s, e)
    }

    /// `C:\Users\<name>` (also `\\` as written in string literals, and `C:/Users/`) at the `:` at `c`.
    func windowsHome(colonAt c: Int) -> Match? {
        guard c >= 1, isAlpha(p[c - 1]), c - 1 >= floor, c < 2 || !isWordByte(byteBefore(c - 1)) else { return nil }
        var i = c + 1
        let sep = self[i]
        guard sep == ASCII.backslash || sep == ASCII.slash else { return nil }
        while self[i] == sep && i - c <= 2 { i += 1 }
        guard hasFolded("users", at: i) else { return nil }
        i += 5
        guard self[i] == sep else { return nil }
        while self[i] == sep { i += 1 }
        guard i < n, !isWhitespace(p[i]) else { return nil }
        // Windows names may hold spaces: take them when the name ends at a separator.
        var e = i
        while e < n && e - i < 64 {
            let b = p[e]
            if b == ASCII.backslash || b == ASCII.slash || b == ASCII.quote || b == ASCII.apostrophe || b == ASCII.newline
                || b == ASCII.cr || b == ASCII.tab || b == ASCII.less || b == ASCII.greater || b == ASCII.pipe
                || b == ASCII.colon || b == ASCII.star || b == ASCII.question || b == ASCII.comma || b == ASCII.closeParen { break }
            e += 1
        }
        if !(self[e] == ASCII.backslash || self[e] == ASCII.slash) {
            e = run(from: i, limit: 64) { isTokenByte($0) || $0 == ASCII.dot || $0 >= 0x80 }
        }
        while e > i && p[e - 1] == ASCII.space { e -= 1 }
        return userName(i, e)
    }

    /// `alice@laptop:~/src$`, `alice@host:/srv`, `[alice@host dir]$`: the user before the `@` at `at`.
    func promptUser(at: Int) -> Match? {
        var s = at
        while s > floor && at - s < 33 && (isTokenByte(p[s - 1]) || p[s - 1] == ASCII.dot) { s -= 1 }
        guard s < at else { return nil }
        let before = byteBefore(s)
        guard s == 0 || isWhitespace(before) || before == ASCII.openBracket || before == ASCII.openParen
            || before == ASCII.quote || before == ASCII.apostrophe || before == ASCII.backtick else { return nil }
        let e = run(from: at + 1, limit: 64) { isTokenByte($0) || $0 == ASCII.dot }
        guard e > at + 1 else { return nil }
        let prompt = (self[e] == ASCII.colon && (self[e + 1] == ASCII.tilde || self[e + 1] == ASCII.slash))
            || (before == ASCII.openBracket && self[e] == ASCII.space)
        return prompt ? userName(s, at) : nil
    }

    private func userName(_ s: Int, _ e: Int) -> Match? {
        guard e > s, e - s <= 64, !isTemplate(s, e) else { return nil }
        let name = lowercased(s, e)
        guard !Self.genericUsers.contains(name), !(s..<e).allSatisfy({ p[$0] == ASCII.dot || isDigit(p[$0]) }) else { return nil }
        return Match(start: s, end: e, kind: .user, normalized: name)
    }
}

/// Secret values after labels (api_key=, "token":, password:, --auth-token) and secret URL query parameters.
/// A label naming a password or a secret (`Passwort:`, `client_secret`, `AWS_SECRET_ACCESS_KEY`) gives a
/// `secret`; one naming a key or token (`api_key`, `GH_TOKEN`, `MAPBOX_KEY`) an `api_key`.

enum LabelKind {
    case query, password, secret, authorization, key
}

extension Scanner {
    /// `[A-Za-z0-9_.-]`
    @inline(__always) static func isLabelByte(_ b: UInt8) -> Bool { isTokenByte(b) || b == ASCII.dot }

    /// The secret after the label that ends at the `=` or `:` at `t`.
    func labelled(at t: Int) -> Match? {
        let colon = p[t] == ASCII.colon
        if colon && (self[t + 1] == ASCII.colon || self[t - 1] == ASCII.colon) { return nil }
        var j = t
        while j > floor && isBlank(p[j - 1]) && t - j < 3 { j -= 1 }
        if j > floor && (p[j - 1] == ASCII.quote || p[j - 1] == ASCII.apostrophe) { j -= 1 }
        let end = j
        while j > floor && end - j < 64 && Self.isLabelByte(p[j - 1]) { j -= 1 }
        if j > floor && p[j - 1] >= 0x80 {
            // A label in another script (contraseña, パスワード), or after text in one (電話番号は password:).
            while j > floor && end - j < 80 && (p[j - 1] >= 0x80 || Self.isLabelByte(p[j - 1])) { j -= 1 }
            guard end > j, j == 0 || j != floor else { return nil }
            if j > floor && Self.isLabelByte(p[j - 1]) { return nil }
        } else {
            // A label running into the text before it, or into a match, is not one.
            guard end > j, !(j > floor && Self.isLabelByte(p[j - 1])), j == 0 || j != floor else { return nil }
        }
        let before = self[j - 1]
        if j > 0 && before == ASCII.slash { return nil }
        let query = !colon && j > 0 && (before == ASCII.question || before == ASCII.ampersand)
        var kind = labelKind(j, end, query: query)
        if kind == nil && !query && !colon && end - j == 5 && hasFolded("value", at: j) {
            // <add key="SmtpPassword" value="..."/>: the attribute before names the value.
            guard let named = attributeLabel(before: j) else { return nil }
            kind = labelKind(named.lowerBound, named.upperBound, query: false)
        }
        guard let kind else { return nil }
        // KEY=value (nothing around the `=`) starting a line: an .env or config line.
        let configLine = !query && !colon && end == t && !isWhitespace(self[t + 1]) && startsLine(j)
        return labelledValue(after: t, kind, wholeLine: configLine)
    }

    /// The quoted value of a `key="..."` or `name="..."` attribute just before `j` (the start of `value=`).
    private func attributeLabel(before j: Int) -> Range<Int>? {
        var k = j
        while k > floor && isBlank(p[k - 1]) && j - k < 4 { k -= 1 }
        guard k < j, k - 1 > floor else { return nil }
        let q = p[k - 1]
        guard q == ASCII.quote || q == ASCII.apostrophe else { return nil }
        let close = k - 1
        var open = close
        while open > floor && p[open - 1] != q && close - open < 64 { open -= 1 }
        guard open > floor, p[open - 1] == q, open < close, self[open - 2] == ASCII.equals else { return nil }
        let attribute = open - 2
        guard hasFolded("key", at: attribute - 3) || hasFolded("name", at: attribute - 4) else { return nil }
        return open..<close
    }

    private static let assignmentWords: [StaticString] = ["export", "set", "ENV"]

    /// Whether the label at `j` starts its line, after blanks and `export`, `set`, `ENV` or a YAML `- `:
    /// an `.env` or config line, whose unquoted value runs to the next whitespace whatever it holds.
    func startsLine(_ j: Int) -> Bool {
        var k = j
        while k > 0 && isBlank(p[k - 1]) && j - k < 16 { k -= 1 }
        if k > 0 && p[k - 1] == ASCII.dash && (k < 2 || isBlank(p[k - 2]) || p[k - 2] == ASCII.newline) {
            k -= 1
            while k > 0 && isBlank(p[k - 1]) && j - k < 24 { k -= 1 }
        } else if k < j {
            for word in Self.assignmentWords where k >= word.utf8CodeUnitCount {
                let w = k - word.utf8CodeUnitCount
                if has(word, at: w) && (w == 0 || isWhitespace(p[w - 1])) {
                    k = w
                    while k > 0 && isBlank(p[k - 1]) && j - k < 24 { k -= 1 }
                    break
                }
            }
        }
        return k == 0 || p[k - 1] == ASCII.newline || p[k - 1] == ASCII.cr
    }

    /// The secret after a command-line flag and a space: `--auth-token VALUE`, `--password VALUE`; and the
    /// password glued to `-p` in a `mysql`/`mariadb`/`mysqldump` command (`-pS3cret`, `-p'S3cret'`) or
    /// after `sshpass -p`.
    func flagValue(at i: Int) -> Match? {
        let before = byteBefore(i)
        guard i == 0 || isBlank(before) || before == ASCII.quote else { return nil }
        if self[i + 1] == UInt8(ascii: "p") { return shortPasswordFlag(at: i) }
        guard self[i + 1] == ASCII.dash else { return nil }
        let end = run(from: i + 2, limit: 48, Self.isLabelByte)
        guard end > i + 2, self[end] == ASCII.space, let kind = labelKind(i + 2, end, query: false) else { return nil }
        return labelledValue(after: end, kind)
    }

    /// Query parameters that are secrets by name alone, and label endings (letters and digits only).
    private static let queryNames: [StaticString] = ["key", "sig", "auth", "signature", "pass", "pwd", "session"]
    private static let queryEndings: [StaticString] = [
        "token", "secret", "password", "apikey", "signature", "verifier", "credential", "sessionid", "sessiontoken",
    ]
    private static let passwordEndings: [StaticString] = ["password", "passwd", "passphrase"]
    private static let keyEndings: [StaticString] = ["apikey", "token", "secret", "secretkey", "accesskey", "privatekey", "authkey"]
    /// Password in other languages (ASCII letters compared ignoring case, the rest as written).
    private static let foreignPasswords: [StaticString] = [
        "passwort", "kennwort", "wachtwoord", "senha", "contraseña", "contrasena", "contrasenya", "passord", "lösenord",
        "losenord", "salasana", "hasło", "haslo", "heslo", "jelszó", "parola", "пароль", "パスワード", "暗証番号", "密码",
        "密碼", "비밀번호",
    ]

    /// The last three bytes of `foreignPasswords` and of "passe" (mot de passe): other labels skip the word list.
    /// (A 1024-bit filter: most other labels are ruled out by one multiplication and one load.)
    private static let foreignEndings: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 16)
        for word in foreignPasswords + ["passe"] {
            let bit = endingBit(bytes(word).suffix(3).reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        return bits
    }()

    @inline(__always) private static func endingBit(_ last3: UInt32) -> Int { Int((last3 &* 2_654_435_761) >> 22) }

    /// The last three letters of every label ending above: most labels are ruled out by these alone.
    private static let endings: [UInt32] = Array(Set(
        (queryNames + queryEndings + passwordEndings + keyEndings + ["pwd", "secretaccesskey", "authorization"]).map { word in
            let w = bytes(word)
            return w.suffix(3).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        }))

    private func labelKind(_ s: Int, _ e: Int, query: Bool) -> LabelKind? {
        var last3: UInt32 = 0
        var letters = 0
        var j = e
        while j > s && letters < 3 {
            j -= 1
            if isAlnum(p[j]) { last3 |= UInt32(lowered(p[j])) << UInt32(8 * letters); letters += 1 }
        }
        guard letters == 3, Self.endings.contains(last3) else { return query ? nil : foreignPasswordLabel(s, e) }
        if query {
            if Self.queryNames.contains(where: { label(s, e, is: $0, exact: true) })
                || Self.queryEndings.contains(where: { label(s, e, is: $0) }) {
                return .query
            }
            return nil
        }
        if Self.passwordEndings.contains(where: { label(s, e, is: $0) }) || label(s, e, is: "pwd", exact: true) { return .password }
        if label(s, e, is: "authorization") { return .authorization }
        let named = Self.keyEndings.contains(where: { label(s, e, is: $0) }) || label(s, e, is: "secretaccesskey")
        if named && contains("secret", folded: s, e) { return .secret }
        return named || isEnvKeyName(s, e) ? .key : foreignPasswordLabel(s, e)  // wachtwoord, lösenord end like password
    }

    /// `Passwort`, `senha`, `contraseña`, `mot de passe`, ... (labels whose last letters the filter above does not know).
    private func foreignPasswordLabel(_ s: Int, _ e: Int) -> LabelKind? {
        guard e - s >= 3 else { return nil }
        let last3 = UInt32(lowered(p[e - 3])) << 16 | UInt32(lowered(p[e - 2])) << 8 | UInt32(lowered(p[e - 1]))
        let bit = Self.endingBit(last3)
        guard Self.foreignEndings[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        if e - s == 5 && hasFolded("passe", at: s) && hasFolded("mot de ", at: s - 7) { return .password }
        for word in Self.foreignPasswords where e - s >= word.utf8CodeUnitCount {
            let w = e - word.utf8CodeUnitCount
            if hasFolded(word, at: w) && (w == s || !isAlpha(p[w - 1])) { return .password }
        }
        return nil
    }

    /// An environment variable naming a key: upper case, digits and `_`, ending in `_KEY` (`MAPBOX_KEY`,
    /// `SEGMENT_WRITE_KEY`, `NEW_RELIC_LICENSE_KEY`); not a public or publishable one.
    private func isEnvKeyName(_ s: Int, _ e: Int) -> Bool {
        guard e - s >= 5, has("_KEY", at: e - 4), isUpper(p[s]) else { return false }
        guard (s..<e).allSatisfy({ isUpper(p[$0]) || isDigit(p[$0]) || p[$0] == ASCII.underscore }) else { return false }
        return !contains("PUBLIC", s, e) && !contains("PUBLISHABLE", s, e)
    }

    /// Whether `s..<e` contains `word` (lowercase) ignoring ASCII case.
    func contains(_ word: StaticString, folded s: Int, _ e: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard e - s >= count else { return false }
        for i in s...(e - count) where hasFolded(word, at: i) { return true }
        return false
    }

    /// Whether the label's letters and digits (ignoring case and `_ - .`) end with `word`, or are `word` when `exact`.
    private func label(_ s: Int, _ e: Int, is word: StaticString, exact: Bool = false) -> Bool {
        let w = bytes(word)
        var k = w.count
        var j = e
        while k > 0 {
            guard j > s else { return false }
            j -= 1
            let b = p[j]
            if b == ASCII.underscore || b == ASCII.dash || b == ASCII.dot { continue }
            k -= 1
            guard lowered(b) == w[k] else { return false }
        }
        if exact { while j > s { j -= 1; if isAlnum(p[j]) { return false } } }
        return true
    }

    /// The value after the label ending at `t`; with `wholeLine` (a config line), an unquoted value runs to the
    /// next whitespace, through `(`, `&`, `#` and the like.
    private func labelledValue(after t: Int, _ kind: LabelKind, wholeLine: Bool = false) -> Match? {
        var v = t + 1
        if kind != .query && p[t] == ASCII.equals && self[v] == ASCII.greater { v += 1 }  // "secret" => "..." (PHP, Ruby)
        while v < n && isBlank(p[v]) && v - t < 4 { v += 1 }
        var quote: UInt8 = 0
        var escaped = false
        if kind != .query {
            if self[v] == ASCII.backslash && (self[v + 1] == ASCII.quote || self[v + 1] == ASCII.apostrophe) {
                escaped = true; v += 1
            }
            let q = self[v]
            if q == ASCII.quote || q == ASCII.apostrophe || q == ASCII.backtick { quote = q; v += 1 }
            if hasFolded("bearer ", at: v) || hasFolded("basic ", at: v) { return authorizationValue(schemeAt: v) }
            if hasFolded("token ", at: v) { v += 6 }
        }
        let s = v
        while v < n && v - s < 1024 {
            let b = p[v]
            if quote != 0 {
                if b == quote || b == ASCII.newline || b == ASCII.cr || (escaped && b == ASCII.backslash) { break }
            } else if wholeLine {
                if isWhitespace(b) { break }
            } else if Self.endsValue(b, query: kind == .query) {
                // Shell `&&`, a trailing `&` and `&name=` (the next field of a form) end a value; p&ss inside a
                // password does not.
                if b != ASCII.ampersand || kind == .query || self[v + 1] == ASCII.ampersand || isWhitespace(self[v + 1]) || v + 1 >= n
                    || startsField(v + 1) {
                    break
                }
            }
            v += 1
        }
        // A value running into a placeholder was more than this before redaction: judge it as it was judged then.
        if quote == 0 && self[v] == ASCII.less && placeholderEnd(at: v) != nil { return nil }
        var e = v
        if quote == 0 {
            while e > s && (p[e - 1] == ASCII.dot || p[e - 1] == ASCII.comma || p[e - 1] == ASCII.colon || (wholeLine && p[e - 1] == ASCII.semicolon)) {
                e -= 1
            }
        }
        guard e > s, !isTemplate(s, e), !(wholeLine && isCodeExpression(s, e)) else { return nil }
        if let keyEnd = providerKeyEnd(at: s), keyEnd <= e { return match(s, keyEnd, .apiKey) }
        switch kind {
        case .query:
            guard e - s >= 3 else { return nil }
            return match(s, e, .secret)
        case .password:
            guard isPasswordLike(s, e) else { return nil }
            return match(s, e, .secret)
        case .authorization:
            guard isOpaqueToken(s, e) else { return nil }
            return match(s, e, .secret)
        case .secret:
            guard isSecretLike(s, e) else { return nil }
            return match(s, e, .secret)
        case .key:
            guard isHighEntropyToken(s, e) else { return nil }
            return match(s, e, .apiKey)
        }
    }

    @inline(__always) private static func endsValue(_ b: UInt8, query: Bool) -> Bool {
        switch b {
        case ASCII.space, ASCII.tab, ASCII.newline, ASCII.cr, ASCII.quote, ASCII.apostrophe, ASCII.backtick, ASCII.comma,
             ASCII.semicolon, ASCII.ampersand, ASCII.less, ASCII.greater, ASCII.openParen, ASCII.closeParen,
             ASCII.openBracket, ASCII.closeBracket, ASCII.openBrace, ASCII.closeBrace, ASCII.pipe, ASCII.backslash:
            return true
        case ASCII.hash:
            return query
        default:
            return false
        }
    }

    /// A password: at least 5 characters, no spaces, with a digit or a symbol, or 8+ letters switching case
    /// often (`HrPxAnKVHTwiHa`, not `getPassword` or `Required`).
    func isPasswordValue(_ s: Int, _ e: Int) -> Bool { isPasswordLike(s, e) }

    private func isPasswordLike(_ s: Int, _ e: Int) -> Bool {
        guard e - s >= 5, e - s <= 128 else { return false }
        var digitOrSymbol = false
        var switches = 0
        for i in s..<e {
            let b = p[i]
            if isBlank(b) { return false }
            if isDigit(b) || !(isAlpha(b) || b == ASCII.dot || b == ASCII.underscore || b == ASCII.dash || b >= 0x80) {
                digitOrSymbol = true
            }
            if i > s && isAlpha(b) && isAlpha(p[i - 1]) && isUpper(b) != isUpper(p[i - 1]) { switches += 1 }
        }
        return digitOrSymbol || (e - s >= 8 && switches >= 3)
    }

    /// Whether `name=` (a form or query field) starts at `i`.
    private func startsField(_ i: Int) -> Bool {
        guard isAlpha(self[i]) || self[i] == ASCII.underscore else { return false }
        let e = run(from: i, limit: 40) { isWordByte($0) || $0 == ASCII.dot || $0 == ASCII.dash }
        return self[e] == ASCII.equals
    }

    /// `os.environ['X']`, `getenv("X")`, `config.get(x)`: a call or subscript closing the value, opened right
    /// after a name.
    private func isCodeExpression(_ s: Int, _ e: Int) -> Bool {
        let last = p[e - 1]
        guard last == ASCII.closeParen || last == ASCII.closeBracket else { return false }
        let open = last == ASCII.closeParen ? ASCII.openParen : ASCII.openBracket
        for i in s + 1..<e where p[i] == open && (isWordByte(p[i - 1]) || p[i - 1] == ASCII.dot) { return true }
        return false
    }

    /// A value under a secret's label: a generated token (as for keys), or 16+ printable characters without
    /// spaces mixing upper case, lower case and digits (`m-fdUg_TJqY4PDKE-Yvjf`, `D=2xRP6g(7DHe@gk!e2`).
    private func isSecretLike(_ s: Int, _ e: Int) -> Bool {
        if isHighEntropyToken(s, e) { return true }
        guard e - s >= 16, e - s <= 512 else { return false }
        var upper = false, lower = false, digit = false
        for i in s..<e {
            let b = p[i]
            guard b > 0x20 && b < 0x7F else { return false }
            if isUpper(b) { upper = true } else if isLower(b) { lower = true } else if isDigit(b) { digit = true }
        }
        return upper && lower && digit
    }

    /// A token a generator made: 16+ key characters whose longest stretch between separators is 12+ and random,
    /// or a UUID.
    private func isHighEntropyToken(_ s: Int, _ e: Int) -> Bool {
        guard e - s >= 16, e - s <= 512 else { return false }
        for i in s..<e {
            let b = p[i]
            guard isTokenByte(b) || b == ASCII.dot || b == ASCII.slash || b == ASCII.plus || b == ASCII.equals || b == ASCII.tilde
            else { return false }
        }
        if isUUID(s, e) { return true }
        return hasRandomCore(s, e, minimum: 12)
    }
}

extension Scanner {
    /// `-pS3cret` or `-p'S3cret'` in a mysql, mariadb, mysqldump or mysqladmin command (whose `-p` takes the
    /// password glued to it; `-P` is the port), and `sshpass -p S3cret`.
    func shortPasswordFlag(at i: Int) -> Match? {
        let ls = lineStart(i, limit: 256)
        var v = i + 2
        if self[v] == ASCII.space {
            guard i >= 8, has("sshpass ", at: i - 8) else { return nil }
            v += 1
        } else if !(contains("mysql", folded: ls, i) || contains("mariadb", folded: ls, i)) {
            return nil
        }
        var quote: UInt8 = 0
        if self[v] == ASCII.apostrophe || self[v] == ASCII.quote { quote = p[v]; v += 1 }
        let s = v
        while v < n && v - s < 256 {
            let b = p[v]
            if quote != 0 ? (b == quote || b == ASCII.newline)
                : isWhitespace(b) || b == ASCII.quote || b == ASCII.apostrophe || b == ASCII.backtick || b == ASCII.semicolon {
                break
            }
            v += 1
        }
        if quote == 0 { while v > s && (p[v - 1] == ASCII.dot || p[v - 1] == ASCII.comma || p[v - 1] == ASCII.closeParen) { v -= 1 } }
        guard v > s, !isTemplate(s, v), isPasswordValue(s, v) else { return nil }
        return match(s, v, .secret)
    }

    private static let passwordWords: [StaticString] = [
        "password", "passwd", "pwd", "passcode", "passphrase", "passwort", "kennwort", "wachtwoord",
    ]

    /// The password in "password is X", "my pwd was X", "Passwort ist X", "wachtwoord is X", found from inside X
    /// (a digit run that is nothing else, or an `@`, at `i`): the scan has no trigger on the words themselves,
    /// so a password given this way is found when it has a digit or an `@` (most do).
    mutating func passwordSentence(valueAt i: Int) -> Match? {
        // The start of X: back over what is not a space (once per word: hex and the like have many digits).
        guard i >= passwordCheckedUntil else { return nil }
        var s = i
        while s > floor && i - s < 64 && !isWhitespace(p[s - 1]) { s -= 1 }
        passwordCheckedUntil = run(from: i, limit: 256) { !isWhitespace($0) }
        guard s >= 4, s > floor, p[s - 1] == ASCII.space else { return nil }
        // The verb before it (is, es, was, ist, est: ending in s or t), then the word before that.
        var c = s - 1
        while c > 0 && p[c - 1] == ASCII.space && s - c < 4 { c -= 1 }
        guard c > floor, c > 0 else { return nil }
        let last = p[c - 1] | 0x20
        guard last == UInt8(ascii: "s") || last == UInt8(ascii: "t") else { return nil }
        let verb = run(backFrom: c, limit: 4, isAlpha)
        guard (verb == 2 && (hasFolded("is", at: c - 2) || hasFolded("es", at: c - 2)))
            || (verb == 3 && (hasFolded("was", at: c - 3) || hasFolded("ist", at: c - 3) || hasFolded("est", at: c - 3)))
        else { return nil }
        var e = c - verb
        guard e > 0, p[e - 1] == ASCII.space else { return nil }
        while e > 0 && p[e - 1] == ASCII.space && c - verb - e < 4 { e -= 1 }
        let length = run(backFrom: e, limit: 11, isAlpha)
        let w = e - length
        guard w == 0 || !isAlpha(p[w - 1]),
              Self.passwordWords.contains(where: { length == $0.utf8CodeUnitCount && hasFolded($0, at: w) })
        else { return nil }
        var v = s
        var quote: UInt8 = 0
        if self[v] == ASCII.quote || self[v] == ASCII.apostrophe || self[v] == ASCII.backtick { quote = p[v]; v += 1 }
        let start = v
        while v < n && v - start < 128 {
            let b = p[v]
            if quote != 0 ? (b == quote || b == ASCII.newline) : isWhitespace(b) { break }
            v += 1
        }
        var end = v
        if quote == 0 {
            while end > start {
                let b = p[end - 1]
                guard b == ASCII.dot || b == ASCII.comma || b == ASCII.colon || b == ASCII.semicolon || b == ASCII.closeParen
                        || b == ASCII.quote || b == ASCII.apostrophe
                else { break }
                end -= 1
            }
        }
        guard end > start, !isTemplate(start, end), isPasswordValue(start, end) else { return nil }
        return match(start, end, .secret)
    }
}

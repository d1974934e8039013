/// Credentials in URLs: the user:password (or a lone token) before the @ of scheme://user:password@host.

extension Scanner {
    func urlCredentials(colonAt c: Int) -> Match? {
        guard self[c + 1] == ASCII.slash, self[c + 2] == ASCII.slash, isAlpha(self[c - 1]) else { return nil }
        let s = c + 3
        var e = s
        var at = -1
        var colon = -1
        while e < n && e - s < 512 {
            let b = p[e]
            if b == ASCII.slash || b == ASCII.question || b == ASCII.hash || isWhitespace(b) || b == ASCII.quote
                || b == ASCII.apostrophe || b == ASCII.less || b == ASCII.greater || b == ASCII.backslash { break }
            if b == ASCII.at { at = e } else if b == ASCII.colon && at < 0 && colon < 0 { colon = e }
            e += 1
        }
        guard at > s, self[s] != ASCII.less else { return nil }
        if colon >= s && colon < at {
            guard at > colon + 1, !isTemplate(colon + 1, at) else { return nil }
            return match(colon == s ? s + 1 : s, at, .secret)  // redis://:password@host keeps its colon
        }
        // A lone token as the user (https://ghp_...@github.com) is a secret; a plain user name is not.
        guard isOpaqueToken(s, at) && hasRandomCore(s, at, minimum: 12) else { return nil }
        return match(s, at, .secret)
    }
}

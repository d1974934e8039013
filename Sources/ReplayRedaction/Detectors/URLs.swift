/// Credentials in URLs: the user:password (or a lone token) before the @ of scheme://user:password@host, and
/// webhook URLs whose path is the secret (Slack, Discord).

extension Scanner {
    func urlCredentials(colonAt c: Int) -> Match? {
        // The scheme may end in a digit (postgresql+psycopg2://).
        guard self[c + 1] == ASCII.slash, self[c + 2] == ASCII.slash, isAlnum(self[c - 1]) else { return nil }
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
        guard at > s, self[s] != ASCII.less else { return webhookURL(colonAt: c) }
        if colon >= s && colon < at {
            guard at > colon + 1, !isTemplate(colon + 1, at) else { return nil }
            // https://x-access-token:ghp_…@github.com: a provider's key is an API key wherever it is.
            if let keyEnd = providerKeyEnd(at: colon + 1), keyEnd == at { return match(colon + 1, at, .apiKey) }
            return match(colon == s ? s + 1 : s, at, .secret)  // redis://:password@host keeps its colon
        }
        if let keyEnd = providerKeyEnd(at: s), keyEnd == at { return match(s, at, .apiKey) }
        // A lone token as the user (https://ghp_...@github.com) is a secret; a plain user name is not.
        guard isOpaqueToken(s, at) && hasRandomCore(s, at, minimum: 12) else { return nil }
        return match(s, at, .secret)
    }

    /// `https://hooks.slack.com/services/T…/B…/…` (also `/workflows/`, `/triggers/`) and
    /// `https://discord.com/api/webhooks/<id>/<token>`: whoever has the URL can post, so all of it is the key.
    func webhookURL(colonAt c: Int) -> Match? {
        let path: Int
        let segments: Int
        if has("hooks.slack.com/", at: c + 3) {
            path = c + 19
            segments = 3
            guard has("services/", at: path) || has("workflows/", at: path) || has("triggers/", at: path) else { return nil }
        } else if has("discord.com/api/webhooks/", at: c + 3) || has("discordapp.com/api/webhooks/", at: c + 3) {
            path = c + 3 + (p[c + 10] == UInt8(ascii: "a") ? 28 : 25)
            segments = 1
        } else {
            return nil
        }
        var s = c
        while s > floor && c - s < 5 && isAlpha(p[s - 1]) { s -= 1 }
        guard c - s >= 4, hasFolded("http", at: s), !isWordByte(byteBefore(s)) else { return nil }
        let end = run(from: path, limit: 256) { isTokenByte($0) || $0 == ASCII.slash }
        // Three more segments after services/ (T…/B…/…) or two after webhooks/ (id/token), the last random.
        var last = end
        while last > path && p[last - 1] != ASCII.slash { last -= 1 }
        guard (path..<end).filter({ p[$0] == ASCII.slash }).count >= segments, end - last >= 16,
              hasRandomCore(last, end, minimum: 16)
        else { return nil }
        return match(s, end, .apiKey)
    }
}

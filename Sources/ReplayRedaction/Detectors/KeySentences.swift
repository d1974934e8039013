/// Keys named in a sentence rather than by a label: "my Algolia api key is 4f1c…", "ecco il token q8Zr…",
/// "トークンは⟪key⟫です" — an opaque token with a random core, right after words that name a key or token on its line.

extension Scanner {
    /// Words that say the key in the sentence is not a secret: a public or publishable key, a licence or product
    /// key, a database or cache key, an idempotency key, a hash or id.
    static let notSecretKeyWords = CueWords([
        "public key", "publickey", "public_key", "publishable", "pub key", "publique", "pública", "pubblica", "öffentlich", "license", "licence", "lizenz", "licencia", "licenza", "product key", "serial",
        "primary key", "foreign key", "sort key", "partition key", "cache key", "object key", "idempotency", "hash", "checksum",
        "fingerprint", "commit ", "commit:", "commit-", "commit_", "commit=", "commits", "request id", "trace id", "traceparent", "session id", "key id", "keyid", "ssh-", "ecdsa-",
        "deploy key", "deploy-key", "authorized_keys", "known_hosts", "gpg", "pgp",
    ])

    /// Words that say a token leaked or must be revoked: the token is a credential even unnamed.
    static let leakWords = CueWords([
        "leaked", "i leaked", "accidentally", "by accident", "by mistake", "public repo", "revoke", "rotate",
        "vazei", "vazou", "vazad", "sem querer", "repositório público", "revogar", "por accidente", "por error", "repositorio público",
        "revocar", "filtré", "par erreur", "révoquer", "dépôt public", "aus versehen", "versehentlich", "öffentliche repo",
        "widerruf", "per errore", "repository pubblico", "revocare", "случайно", "утек", "утёк", "отозвать", "публичн",
        "不小心", "泄露", "公开仓库", "うっかり", "誤って", "公開リポジトリ", "流出", "漏洩",
        // A token written into code or config in the clear ("instead of hardcoding 4f1c…").
        "hardcod", "hard-cod", "hard cod",
    ])

    /// The key in a sentence whose token holds the digit at `i`: the token (credential bytes, 20 or more, with a
    /// random core, or a UUID) preceded on its line, within six words, by a word that names a key or token and is
    /// a whole word ("key", not "keyboard"), with no word saying the key is public or not a secret.
    func keySentence(valueAt i: Int) -> Match? {
        var s = i
        while s > 0 && i - s < 256 && Self.isCredentialByte(p[s - 1]) { s -= 1 }
        // After an escaped line break (`\n` in a JSON string) the token starts after the `n`.
        if s + 1 < i, p[s] == UInt8(ascii: "n") || p[s] == UInt8(ascii: "t") || p[s] == UInt8(ascii: "r"), escapedBreak(before: s + 1) { s += 1 }
        guard s >= floor, s == 0 || !Self.isCredentialByte(p[s - 1]) || escapedBreak(before: s) else { return nil }
        // The token after a space, a quote, a bracket or a colon, or glued to CJK text; not a path or a URL.
        let before = s > 0 ? p[s - 1] : ASCII.space
        guard isWhitespace(before) || before == ASCII.quote || before == ASCII.apostrophe || before == ASCII.backtick
                || before == ASCII.openParen || before >= 0x80 || escapedBreak(before: s)
                || (before == ASCII.colon && !isAlpha(contextByte(s - 2))),
              p[s] != ASCII.slash, p[s] != ASCII.dot
        else { return nil }
        var e = run(from: s, limit: 512, Self.isCredentialByte)
        while e > s && (p[e - 1] == ASCII.dot || p[e - 1] == ASCII.comma) { e -= 1 }
        // 16–19 bytes only right after the words that name the key ("my Alpha Vantage API key is 74Y6Q8LJ6SD8FTMQ"),
        // letters and digits mixed; 20 or more with a random core otherwise.
        let short = e - s < 20
        guard e - s >= 16, e > i, !isTemplate(s, e) else { return nil }
        if short {
            var letters = 0, digits = 0
            for k in s..<e { if isDigit(p[k]) { digits += 1 } else if isAlpha(p[k]) { letters += 1 } else { return nil } }
            guard letters >= 3, digits >= 3 else { return nil }
        } else {
            // (Base64url keys may hold `-` and `_`: hVMRSlmrbhvoFr-x3OyiYlO8RKI is random across them.)
            guard hasRandomCore(s, e, minimum: 16) || isUUID(s, e) || hasRandomCore(s, e, minimum: 20, across: [ASCII.dash, ASCII.underscore])
            else { return nil }
        }
        // The words before it on its line (or after an escaped line break), at most six and 64 bytes.
        var k = s
        var words = 0
        while k > 0 && s - k < 64 && p[k - 1] != ASCII.newline && !escapedBreak(before: k) {
            if p[k - 1] == ASCII.space {
                words += 1
                if words > 6 { break }
            }
            k -= 1
        }
        guard !containsWord(from: k, to: s, Self.notSecretKeyWords) else { return nil }
        @inline(__always) func isPlainWordByte(_ c: UInt8) -> Bool {
            isAlpha(c) || c >= 0x80 || c == ASCII.space || c == ASCII.apostrophe || c == ASCII.dash || c == ASCII.underscore
                || c == UInt8(ascii: "&")  // "Weights & Biases"
        }
        if let word = lastWholeWord(from: k, to: s, Self.keyPhraseWords) {
            // A short token must follow its key word closely: "key is …", "avaimeni on …", "key: …".
            if short && s - word > 24 { return nil }
            // Only words between the key word and the token ("is", "lautet", "per Vercel:"), a colon and a quote: not
            // markup or a list that goes on about something else ("key, then run 4f1c…", "<your-key> ids: toolu_…").
            // A question about the key before it ("does this API key look right? 2ae4…") is plain words too.
            guard (word..<s).allSatisfy({
                isPlainWordByte(p[$0]) || p[$0] == ASCII.colon || p[$0] == ASCII.quote || p[$0] == ASCII.backtick
                    || (p[$0] == UInt8(ascii: "?") && self[$0 + 1] == ASCII.space)
            })
            else { return nil }
        } else {
            if short { return nil }
            // Or the sentence names it after the token: "I pushed 2aa4… to GitHub by mistake, how do I revoke the
            // Algolia key?" — a key word among the plain words that follow, up to the end of the sentence; or it
            // says the token leaked: "vazei 4f3d… num repositório público", "aus Versehen … ins Repo gepusht".
            var a = e
            while a < n && a - e < 120 && (isPlainWordByte(p[a]) || p[a] == ASCII.comma) && !escapedBreak(before: a + 1) { a += 1 }
            let named = lastWholeWord(from: e, to: a, Self.keyPhraseWords) != nil
            let leaked = containsWord(from: k, to: s, Self.leakWords) || containsWord(from: e, to: a, Self.leakWords)
            guard named || leaked, !containsWord(from: e, to: a, Self.notSecretKeyWords) else { return nil }
        }
        // An API object's id (toolu_…, msg_…, req_…) is no key, whatever the sentence says.
        let prefixEnd = run(from: s, limit: 14, isAlnum)
        if prefixEnd < e, p[prefixEnd] == ASCII.underscore || p[prefixEnd] == ASCII.dash, Self.objectIDPrefixes.contains(string(s, prefixEnd)) {
            return nil
        }
        return match(s, e, .apiKey)
    }

    /// The start of the last of `words` in `from..<to` that ends a word (the byte after it is no letter).
    private func lastWholeWord(from: Int, to: Int, _ cue: CueWords) -> Int? {
        var k = from
        var last: Int?
        while k < to, let found = firstWord(from: k, to: to, cue) {
            // The longest word of the list at `found` that ends at a word boundary.
            for word in cue.words where hasFolded(word, at: found) {
                let end = found + word.utf8CodeUnitCount
                let after = self[end]
                // "key" and "token" must end there ("keyboard", "tokens" are other words); the others may be
                // inflected (nøglen, anahtarı, chiavi), and a word of a script without spaces (キー) ends where it ends.
                let bare = word.utf8CodeUnitCount <= 5 && (hasFolded("key", at: found) || hasFolded("token", at: found))
                if end <= to, !bare || !(isAlpha(after) || (after >= 0x80 && Self.isLetterStart(self, end))) { last = found; break }
            }
            k = found + 1
        }
        return last
    }
}

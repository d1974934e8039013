/// Secret values after labels (api_key=, "token":, password:, --auth-token) and secret URL query parameters.

enum LabelKind {
    case query, password, awsSecret, authorization, key
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
        while j > floor && end - j < 48 && Self.isLabelByte(p[j - 1]) { j -= 1 }
        // A label running into the text before it, or into a match, is not one.
        guard end > j, !(j > floor && Self.isLabelByte(p[j - 1])), j == 0 || j != floor else { return nil }
        let before = self[j - 1]
        if j > 0 && before == ASCII.slash { return nil }
        let query = !colon && j > 0 && (before == ASCII.question || before == ASCII.ampersand)
        guard let kind = labelKind(j, end, query: query) else { return nil }
        return labelledValue(after: t, kind)
    }

    /// The secret after a command-line flag and a space: `--auth-token VALUE`, `--password VALUE`.
    func flagValue(at i: Int) -> Match? {
        let before = byteBefore(i)
        guard self[i + 1] == ASCII.dash, i == 0 || isBlank(before) || before == ASCII.quote else { return nil }
        let end = run(from: i + 2, limit: 48, Self.isLabelByte)
        guard end > i + 2, self[end] == ASCII.space, let kind = labelKind(i + 2, end, query: false) else { return nil }
        return labelledValue(after: end, kind)
    }

    /// Query parameters that are secrets by name alone, and label endings (letters and digits only).
    private static let queryNames: [StaticString] = ["key", "sig", "auth", "signature", "pass", "pwd"]
    private static let queryEndings: [StaticString] = ["token", "secret", "password", "apikey"]
    private static let passwordEndings: [StaticString] = ["password", "passwd", "passphrase"]
    private static let keyEndings: [StaticString] = ["apikey", "token", "secret", "secretkey", "accesskey", "privatekey", "authkey"]

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
        guard letters == 3, Self.endings.contains(last3) else { return nil }
        if query {
            if Self.queryNames.contains(where: { label(s, e, is: $0, exact: true) })
                || Self.queryEndings.contains(where: { label(s, e, is: $0) }) {
                return .query
            }
            return nil
        }
        if Self.passwordEndings.contains(where: { label(s, e, is: $0) }) || label(s, e, is: "pwd", exact: true) { return .password }
        if label(s, e, is: "secretaccesskey") { return .awsSecret }
        if label(s, e, is: "authorization") { return .authorization }
        return Self.keyEndings.contains(where: { label(s, e, is: $0) }) ? .key : nil
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

    private func labelledValue(after t: Int, _ kind: LabelKind) -> Match? {
        var v = t + 1
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
            } else if Self.endsValue(b, query: kind == .query) {
                // Shell `&&` and a trailing `&` end a value; p&ss inside a password does not.
                if b != ASCII.ampersand || kind == .query || self[v + 1] == ASCII.ampersand || isWhitespace(self[v + 1]) || v + 1 >= n { break }
            }
            v += 1
        }
        // A value running into a placeholder was more than this before redaction: judge it as it was judged then.
        if quote == 0 && self[v] == ASCII.less && placeholderEnd(at: v) != nil { return nil }
        var e = v
        if quote == 0 { while e > s && (p[e - 1] == ASCII.dot || p[e - 1] == ASCII.comma || p[e - 1] == ASCII.colon) { e -= 1 } }
        guard e > s, !isTemplate(s, e) else { return nil }
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
        case .awsSecret:
            let base64 = (s..<e).allSatisfy { isAlnum(p[$0]) || p[$0] == ASCII.slash || p[$0] == ASCII.plus }
            if e - s == 40 && base64 { return match(s, e, .apiKey) }
            fallthrough
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

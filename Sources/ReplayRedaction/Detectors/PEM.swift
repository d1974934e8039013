/// PEM private key blocks, `-----BEGIN … PRIVATE KEY-----` to `-----END … PRIVATE KEY-----`, replaced whole.

extension Scanner {
    func pemBlock(at i: Int) -> Match? {
        guard has("-----BEGIN ", at: i) else { return nil }
        var h = i + 11
        while h < n && h - i < 80 && p[h] != ASCII.dash && p[h] != ASCII.newline { h += 1 }
        guard has("-----", at: h), contains("PRIVATE KEY", i + 11, h) else { return nil }
        let bodyStart = h + 5
        var end = -1
        var k = bodyStart
        let limit = min(n, bodyStart + 200_000)
        while k < limit {
            if p[k] == ASCII.dash && has("-----END ", at: k) {
                var c = k + 9
                while c < n && c - k < 80 && p[c] != ASCII.dash && p[c] != ASCII.newline { c += 1 }
                if has("-----", at: c) { end = c + 5 }
                break
            }
            k += 1
        }
        if end < 0 {
            // Cut off before its END line: the block runs as far as its base64 does.
            // (Headers such as Proc-Type: and escaped \n line breaks included.)
            end = run(from: bodyStart, limit: 200_000) {
                isAlnum($0) || isWhitespace($0) || $0 == ASCII.plus || $0 == ASCII.slash || $0 == ASCII.equals
                    || $0 == ASCII.backslash || $0 == ASCII.colon || $0 == ASCII.dash
            }
            while end > bodyStart && isWhitespace(p[end - 1]) { end -= 1 }
        }
        var body: [UInt8] = []
        for j in bodyStart..<min(end, bodyStart + 16_384) where isAlnum(p[j]) || p[j] == ASCII.plus || p[j] == ASCII.slash {
            body.append(p[j])
        }
        return Match(start: i, end: end, kind: .secret, normalized: String(decoding: body, as: UTF8.self))
    }

    /// Whether `literal` occurs in `s..<e`.
    func contains(_ literal: StaticString, _ s: Int, _ e: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard e - s >= count else { return false }
        for i in s...(e - count) where has(literal, at: i) { return true }
        return false
    }
}

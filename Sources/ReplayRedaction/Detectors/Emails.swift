/// E-mail addresses, found from their `@`: a local part before it and a dotted domain with a letter TLD after.

extension Scanner {
    /// `[A-Za-z0-9._%+-]` and non-ASCII bytes.
    @inline(__always) static func isLocalByte(_ b: UInt8) -> Bool {
        isAlnum(b) || b == ASCII.dot || b == ASCII.underscore || b == ASCII.percent || b == ASCII.plus
            || b == ASCII.dash || b >= 0x80
    }

    @inline(__always) static func isDomainByte(_ b: UInt8) -> Bool { isAlnum(b) || b == ASCII.dash || b >= 0x80 }

    func email(at: Int) -> Match? {
        guard let (start, end) = emailBounds(at: at) else { return nil }
        return Match(start: start, end: end, kind: .email, normalized: lowercased(start, end))
    }

    /// An address in a url-encoded query or form (`email=j.doe%2Btag%40example.com`), its `@` written `%40`
    /// at `at`; normalized decoded, so that it gets the same placeholder as when written plainly.
    func encodedEmail(at: Int) -> Match? {
        guard let (start, end) = emailBounds(at: at, atWidth: 3) else { return nil }
        return Match(start: start, end: end, kind: .email, normalized: percentDecodedLowercased(start, end))
    }

    /// `start..<end` with `%XX` escapes decoded, ASCII lowercased.
    func percentDecodedLowercased(_ start: Int, _ end: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var i = start
        while i < end {
            if p[i] == ASCII.percent, i + 2 < end, let hi = Self.hexValue(p[i + 1]), let lo = Self.hexValue(p[i + 2]) {
                out.append(lowered(hi << 4 | lo))
                i += 3
            } else {
                out.append(lowered(p[i]))
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `:` `=` `/` `?` `&` `;` `,` space `<` `>` `"`: bytes no address holds, escaped.
    static func isEscapedDelimiter(_ b: UInt8) -> Bool {
        switch b {
        case ASCII.colon, ASCII.equals, ASCII.slash, ASCII.question, ASCII.ampersand, ASCII.semicolon, ASCII.comma, ASCII.space,
             ASCII.less, ASCII.greater, ASCII.quote:
            return true
        default:
            return false
        }
    }

    @inline(__always) static func hexValue(_ b: UInt8) -> UInt8? {
        if isDigit(b) { return b - 48 }
        let l = b | 0x20
        return l >= UInt8(ascii: "a") && l <= UInt8(ascii: "f") ? l - 87 : nil
    }

    /// The address around the `@` at `at` (or its `%40`, `atWidth` 3).
    func emailBounds(at: Int, atWidth: Int = 1) -> (Int, Int)? {
        var s = at
        while s > floor && Self.isLocalByte(p[s - 1]) {
            if p[s - 1] >= 0x80 {
                // Only two-byte letters (é, ü, ж, ...), not punctuation (：“ NBSP) or CJK text before an address.
                guard s - 2 >= floor, p[s - 2] >= 0xC3, p[s - 2] <= 0xDF, p[s - 1] < 0xC0 else { break }
                s -= 2
            } else {
                s -= 1
            }
            if at - s > 64 { return nil }
        }
        // An escaped delimiter (mailto%3A, ?to%3D, %2F, %20) ends what is before the address.
        var k = at - 3
        while k >= s {
            if p[k] == ASCII.percent, let hi = Self.hexValue(self[k + 1]), let lo = Self.hexValue(self[k + 2]),
               Self.isEscapedDelimiter(hi << 4 | lo) {
                s = k + 3
                break
            }
            k -= 1
        }
        // After `\n` in a JSON string the address starts after the n.
        if s > 0 && p[s - 1] == ASCII.backslash && (p[s] == UInt8(ascii: "n") || p[s] == UInt8(ascii: "t") || p[s] == UInt8(ascii: "r")) {
            s += 1
        }
        while s < at && p[s] == ASCII.dot { s += 1 }
        guard s < at, p[at - 1] != ASCII.dot else { return nil }
        let domain = at + atWidth
        var e = domain
        var labelStart = e
        var lastDot = -1
        while e < n && e - at < 256 {
            let b = p[e]
            if b >= 0x80 {
                guard b >= 0xC3, b <= 0xDF, self[e + 1] >= 0x80, self[e + 1] < 0xC0 else { break }
                e += 2
            } else if Self.isDomainByte(b) {
                if b == ASCII.dash && self[e + 1] == ASCII.dash && !(e - labelStart == 2 && hasFolded("xn", at: labelStart)) { break }
                e += 1
            } else if b == ASCII.dot && e > labelStart && Self.isDomainByte(self[e + 1]) {
                lastDot = e
                e += 1
                labelStart = e
            } else {
                break
            }
        }
        guard lastDot > domain else { return nil }
        let tld = (lastDot + 1)..<e
        guard tld.count >= 2, tld.count <= 24, tld.allSatisfy({ isAlpha(p[$0]) || p[$0] >= 0x80 }) else { return nil }
        // Retina assets (icon@2x.png) and git remotes (git@github.com:org/repo) are not addresses.
        if isDigit(self[domain]) && lowered(self[domain + 1]) == UInt8(ascii: "x") && self[domain + 2] == ASCII.dot { return nil }
        if at - s == 3 && has("git", at: s) { return nil }
        return (s, e)
    }
}

extension Scanner {
    /// A url-encoded value at the `%` at `i`: an e-mail whose `@` is `%40`, a phone whose `+` is `%2B`
    /// (`From=%2B14155550132&To=...`, as Twilio posts them), or a home path whose slashes are `%2F`.
    func percentEncoded(at i: Int) -> Match? {
        let a = self[i + 1], b = self[i + 2]
        if a == UInt8(ascii: "4") && b == UInt8(ascii: "0") { return encodedEmail(at: i) }
        if a == UInt8(ascii: "2") && b | 0x20 == UInt8(ascii: "f") { return encodedHome(percentAt: i) }
        // After a word byte only when that ends an escape itself (tel%3A%2B1415...), not inside base64 (Zm9v%2B12).
        guard a == UInt8(ascii: "2"), b | 0x20 == UInt8(ascii: "b"), isDigit(self[i + 3]),
              !isWordByte(byteBefore(i)) || (i >= 3 && p[i - 3] == ASCII.percent && i - 3 >= floor),
              let shape = parseNumber(from: i, encodedPlus: true)
        else { return nil }
        return numberMatch(shape, phoneOnly: true)
    }
}

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

    /// The address around the `@` at `at`.
    func emailBounds(at: Int) -> (Int, Int)? {
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
        while s < at && p[s] == ASCII.dot { s += 1 }
        guard s < at, p[at - 1] != ASCII.dot else { return nil }
        var e = at + 1
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
        guard lastDot > at + 1 else { return nil }
        let tld = (lastDot + 1)..<e
        guard tld.count >= 2, tld.count <= 24, tld.allSatisfy({ isAlpha(p[$0]) || p[$0] >= 0x80 }) else { return nil }
        // Retina assets (icon@2x.png) and git remotes (git@github.com:org/repo) are not addresses.
        if isDigit(p[at + 1]) && lowered(self[at + 2]) == UInt8(ascii: "x") && self[at + 3] == ASCII.dot { return nil }
        if at - s == 3 && has("git", at: s) { return nil }
        return (s, e)
    }
}

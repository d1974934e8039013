/// IPv4 (four octets, not a version) and IPv6 addresses; loopback, unspecified and netmasks are left alone.

extension Scanner {
    func ipv4(from s: Int) -> Match? {
        guard let (end, octets) = parseIPv4(from: s, limit: n) else { return nil }
        let after = self[end]
        if isWordByte(after) || ((after == ASCII.dot || after == ASCII.dash) && isDigit(self[end + 1])) { return nil }
        if octets[0] == 127 || octets.allSatisfy({ $0 == 0 }) || (octets[0] == 255 && octets[1] == 255) { return nil }
        if isVersionContext(before: s) { return nil }
        return match(s, end, .ipAddress)
    }

    /// Whether a version, not an address, is expected at `s`: after `==`, `>=`, `~=`, `<=`, or a word like
    /// "version", "release", "build", "firmware", "v".
    private func isVersionContext(before s: Int) -> Bool {
        let prev = byteBefore(s)
        if prev == ASCII.equals || prev == ASCII.tilde || prev == UInt8(ascii: "^") {
            let op = contextByte(s - 2)
            if op == ASCII.equals || op == ASCII.greater || op == ASCII.less || op == ASCII.tilde || prev != ASCII.equals { return true }
        }
        var j = s
        while j > 0 && isBlank(p[j - 1]) && s - j < 2 { j -= 1 }
        var w = j
        while w > 0 && isAlpha(p[w - 1]) && j - w < 9 { w -= 1 }
        guard w < j, w == 0 || !isAlpha(p[w - 1]) else { return false }
        return Self.versionWords.contains { j - w == $0.utf8CodeUnitCount && hasFolded($0, at: w) }
    }

    private static let versionWords: [StaticString] = ["version", "ver", "v", "release", "build", "firmware", "assembly", "fileversion"]

    /// Four dotted decimal octets from `s`, without leading zeros.
    func parseIPv4(from s: Int, limit: Int) -> (Int, [Int])? {
        var i = s
        var octets: [Int] = []
        octets.reserveCapacity(4)
        while true {
            let start = i
            var value = 0
            while i < limit && isDigit(p[i]) && i - start < 3 { value = value * 10 + Int(p[i]) - 48; i += 1 }
            let length = i - start
            guard length > 0, value <= 255, !(length > 1 && p[start] == UInt8(ascii: "0")) else { return nil }
            if i < limit && isDigit(p[i]) { return nil }
            octets.append(value)
            if octets.count == 4 { return (i, octets) }
            guard i < limit, p[i] == ASCII.dot else { return nil }
            i += 1
        }
    }

    /// An IPv6 address around the `:` at `c`.
    func ipv6(colonAt c: Int) -> Match? {
        var s = c
        while s > floor && c - s < 40 && (isHex(p[s - 1]) || p[s - 1] == ASCII.colon) { s -= 1 }
        let before = byteBefore(s)
        if s > 0 && (isWordByte(before) || before == ASCII.dot || before == ASCII.dash || before == ASCII.colon) { return nil }
        var e = c
        while e < n && e - s < 46 && (isHex(p[e]) || p[e] == ASCII.colon || p[e] == ASCII.dot) { e += 1 }
        while e > c + 1 && p[e - 1] == ASCII.dot { e -= 1 }
        if p[e - 1] == ASCII.colon && self[e - 2] != ASCII.colon { e -= 1 }
        guard e - s >= 3, !isWordByte(self[e]) else { return nil }
        // Eight groups need seven colons unless some are compressed away (or the last two are IPv4): 12:30:45 is not.
        var colons = 0, dots = false, compressed = false
        for j in s..<e {
            if p[j] == ASCII.colon { colons += 1; if self[j + 1] == ASCII.colon { compressed = true } } else if p[j] == ASCII.dot { dots = true }
        }
        guard compressed || colons >= 7 || (dots && colons >= 6) else { return nil }
        if let canonical = canonicalIPv6(s, e) { return Match(start: s, end: e, kind: .ipAddress, normalized: canonical) }
        // A port written after the address without brackets: 2001:db8:...:7334:8443.
        var port = e
        while port > s && isDigit(p[port - 1]) { port -= 1 }
        guard port < e, port - 1 > s, p[port - 1] == ASCII.colon, e - port <= 5,
              let canonical = canonicalIPv6(s, port - 1), canonical.split(separator: ":").count == 8,
              !has("::", at: s), !contains("::", s, port - 1)
        else { return nil }
        return Match(start: s, end: port - 1, kind: .ipAddress, normalized: canonical)
    }

    /// The eight groups written out in lowercase without leading zeros, or nil if `s..<e` is not an address
    /// (or is ::, ::1, or a short compressed form with no digit, like `ab::cd`).
    private func canonicalIPv6(_ s: Int, _ e: Int) -> String? {
        var groups: [Int] = []
        var gap = -1
        var i = s
        if p[i] == ASCII.colon {
            guard self[i + 1] == ASCII.colon else { return nil }
            gap = 0
            i += 2
        }
        while i < e {
            let start = i
            while i < e && isHex(p[i]) && i - start < 5 { i += 1 }
            if i < e && p[i] == ASCII.dot {
                guard let (end, octets) = parseIPv4(from: start, limit: e), end == e else { return nil }
                groups += [octets[0] << 8 | octets[1], octets[2] << 8 | octets[3]]
                i = e
                break
            }
            guard i > start, i - start <= 4 else { return nil }
            groups.append(Int(String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self), radix: 16)!)
            if i == e { break }
            guard p[i] == ASCII.colon else { return nil }
            i += 1
            if i < e && p[i] == ASCII.colon {
                guard gap < 0 else { return nil }
                gap = groups.count
                i += 1
            } else if i == e {
                return nil
            }
        }
        if gap >= 0 {
            guard groups.count <= 7 else { return nil }
            // fe80::1 and 2001:db8:: yes; a[1::2] (a Python slice) and ab::cd no.
            let hasDigit = (s..<e).contains { isDigit(p[$0]) }
            guard groups.count >= 3 || (groups.count == 2 && hasDigit && groups.contains { $0 > 0xFF }) else { return nil }
            groups.insert(contentsOf: [Int](repeating: 0, count: 8 - groups.count), at: gap)
        } else {
            guard groups.count == 8 else { return nil }
        }
        if groups.dropLast().allSatisfy({ $0 == 0 }) && groups[7] <= 1 { return nil }
        return groups.map { String($0, radix: 16) }.joined(separator: ":")
    }
}

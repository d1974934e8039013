/// What secrets look like: random cores, opaque tokens, UUIDs; and documentation stand-ins that are not secrets.

extension Scanner {
    /// Whether the longest stretch of `s..<e` between separators (`-_./+=~`) is at least `minimum` long and
    /// looks random: letters with digits, or upper and lower case switching often.
    /// `across`: separators that do not end a stretch (`-` and `_` inside a base64url key).
    func hasRandomCore(_ s: Int, _ e: Int, minimum: Int, across: [UInt8] = []) -> Bool {
        var best = (length: 0, lower: 0, upper: 0, digits: 0, switches: 0)
        var current = best
        var previousUpper: Bool?
        for i in s...e {
            let b = i < e ? p[i] : 0
            if !across.isEmpty && i < e && across.contains(b) { continue }
            if isAlnum(b) {
                current.length += 1
                if isDigit(b) { current.digits += 1; previousUpper = nil; continue }
                let upper = isUpper(b)
                if upper { current.upper += 1 } else { current.lower += 1 }
                if let previous = previousUpper, previous != upper { current.switches += 1 }
                previousUpper = upper
            } else {
                if current.length > best.length { best = current }
                current = (0, 0, 0, 0, 0)
                previousUpper = nil
            }
        }
        guard best.length >= minimum else { return false }
        let letters = best.lower + best.upper
        if best.digits > 0 && letters > 0 { return true }
        return best.digits == 0 && best.upper >= 2 && best.lower >= 2 && best.switches >= 6
    }

    /// At least 8 credential bytes with letters and digits, or 20 with both cases.
    func isOpaqueToken(_ s: Int, _ e: Int) -> Bool {
        guard e - s >= 8 else { return false }
        var lower = 0, upper = 0, digits = 0
        for i in s..<e {
            let b = p[i]
            guard Self.isCredentialByte(b) else { return false }
            if isDigit(b) { digits += 1 } else if isUpper(b) { upper += 1 } else if isLower(b) { lower += 1 }
        }
        return (digits > 0 && lower + upper > 0) || (upper > 0 && lower > 0 && e - s >= 20)
    }

    /// Documentation stand-ins rather than values: $VAR, {{x}}, <token>, %VAR%, ***, YOUR_KEY, xxxx, ...
    func isTemplate(_ s: Int, _ e: Int) -> Bool {
        switch p[s] {
        case ASCII.dollar, ASCII.openBrace, ASCII.less, ASCII.openBracket: return true
        // %VAR%, %s, %(name)s; not a password that starts with % (%kM04BThZ…).
        case ASCII.percent where p[e - 1] == ASCII.percent || e - s <= 3 || self[s + 1] == ASCII.openParen: return true
        case ASCII.star where self[s + 1] == ASCII.star: return true
        default: break
        }
        if (s..<e).allSatisfy({ p[$0] == p[s] }) { return true }
        for i in s..<e {
            switch lowered(p[i]) {
            // YOUR_KEY, sk-your-key-here: "your" starting the value or a part of it, in one case (a random key may
            // hold "yOuR" by chance).
            case UInt8(ascii: "y") where hasFolded("your", at: i) && (i == s || !isAlnum(p[i - 1]))
                && ((i..<i + 4).allSatisfy { isLower(p[$0]) } || (i..<i + 4).allSatisfy { isUpper(p[$0]) }):
                return true
            case UInt8(ascii: "x") where hasFolded("xxxx", at: i): return true
            case ASCII.dot where has("...", at: i): return true
            case UInt8(ascii: "e") where hasFolded("example", at: i): return true
            case UInt8(ascii: "p") where hasFolded("placeholder", at: i): return true
            case UInt8(ascii: "r") where hasFolded("redacted", at: i): return true
            case ASCII.less, ASCII.greater: return true
            default: continue
            }
        }
        return false
    }

    /// 8-4-4-4-12 hex digits.
    func isUUID(_ s: Int, _ e: Int) -> Bool {
        guard e - s == 36 else { return false }
        for i in 0..<36 {
            let b = p[s + i]
            if i == 8 || i == 13 || i == 18 || i == 23 { guard b == ASCII.dash else { return false } } else if !isHex(b) { return false }
        }
        return true
    }
}

/// Where a digit run starts: IBAN, NI, NIE, IPv4, DNI, then its groups as an SSN, a CPF, a national number,
/// a card or a phone.

extension Scanner {
    /// Tries what the digit run at `i` may be (the first digit of a run); returns where scanning resumes.
    /// A run that is nothing itself may be part of the password in "my password is Summer!2024".
    mutating func digitRun(at i: Int) -> Int {
        let count = matches.count
        let next = digitRunValue(at: i)
        guard matches.count == count else { return next }
        if let m = passwordSentence(valueAt: i) { return accept(m, from: i) }
        // A key named in its sentence or a .netrc password: once per token (its other digits give the same answer).
        if i >= tokenCheckedUntil {
            tokenCheckedUntil = run(from: i, limit: 512, Self.isCredentialByte)
            if let m = providerKey(digitAt: i) ?? keySentence(valueAt: i) ?? netrcPassword(valueAt: i) { return accept(m, from: i) }
        }
        return next
    }

    /// A provider-shaped key whose token holds the digit at `i`, whatever starts it (a key whose first letter or
    /// separator triggers nothing: `dp.st.…`, `hvs.…`, `dapi…`, `LTAI…`).
    private func providerKey(digitAt i: Int) -> Match? {
        var s = i
        while s > floor && i - s < 256 && (isTokenByte(p[s - 1]) || p[s - 1] == ASCII.dot) { s -= 1 }
        // After an escaped line break in a JSON string (`\nhvs.…`), the token starts after the `n`.
        if s + 1 < i, escapedBreak(before: s + 1) { s += 1 }
        guard s < i, !isTokenByte(byteBefore(s)) || escapedBreak(before: s), p[s] != ASCII.dot, let end = providerKeyEnd(at: s), end > i
        else { return nil }
        return match(s, end, .apiKey)
    }

    private mutating func digitRunValue(at i: Int, afterEscape: Bool = false) -> Int {
        let r = run(from: i, isDigit)
        // After an escaped line break (`\n` in a JSON string) or a `\uXXXX` escape (text glued to CJK or Arabic
        // letters in JSON that escapes them) a value starts as it does after a space.
        var prev = afterEscape ? ASCII.space : byteBefore(i)
        if (prev == UInt8(ascii: "n") || prev == UInt8(ascii: "t") || prev == UInt8(ascii: "r")) && escapedBreak(before: i) { prev = ASCII.space }
        if !afterEscape, isHex(prev), unicodeEscapeEnds(at: i) { prev = ASCII.space }
        if !afterEscape, prev != ASCII.space, isHex(prev) || prev == UInt8(ascii: "u") {
            // The run starts inside an escape (`\u756a\u53f73544…`): the number starts where the escape ends.
            for end in i + 1...i + 4 where end < r && unicodeEscapeEnds(at: end) {
                guard self[end - 7] != ASCII.backslash else { break }
                return digitRunValue(at: end, afterEscape: true)
            }
        }
        // A Telegram bot token in its API URL: api.telegram.org/bot<id>:<secret>/sendMessage.
        if prev == UInt8(ascii: "t"), has("/bot", at: i - 4), let end = telegramTokenEnd(at: i) { return accept(match(i, end, .apiKey), from: i) }
        // Inside a word (a1234, é1234), not after CJK text or non-ASCII punctuation (番号：1234, 携帯：090).
        if i > 0 && (isWordByte(prev) || (prev >= 0x80 && isLetter(endingAt: i))) {
            if isUpper(prev), let m = letterLedID(digitsAt: i) ?? codiceFiscale(digitAt: i) ?? gdsCard(digitsAt: i, runEnd: r) {
                return accept(m, from: i)
            }
            return r
        }
        let next = self[r]
        if (next == ASCII.dash || next == ASCII.plus || next == ASCII.colon || isUpper(next) || next == UInt8(ascii: "x")),
           let m = digitLedValue(at: i, runEnd: r) {
            return accept(m, from: i)
        }
        if prev == ASCII.space, i - 3 >= floor, isUpper(self[i - 2]), isUpper(self[i - 3]), wordBoundary(before: i - 3),
           let m = nationalInsurance(from: i - 3) {
            return accept(m, from: i)
        }
        switch prev {
        case ASCII.dot, ASCII.colon:
            if isDigit(contextByte(i - 2)) { return r }  // 1.2.3, 10:30 (but tel:0171...)
        case ASCII.comma:
            // 1,299 and 1,299,000 (a group of three), not the next field of a CSV row (ORD-7,4111111111111111,
            // 7,203.0.113.9, 07:01:02,044 384 35 40: a group that goes on after a space is a grouped number's first).
            if isDigit(contextByte(i - 2)) && r - i <= 3 && !(self[r] == ASCII.dot && parseIPv4(from: i, limit: n) != nil)
                && !(self[r] == ASCII.space && isDigit(self[r + 1])) {
                return r
            }
        case ASCII.dash, ASCII.slash:
            // ORD-2023, v1/2024 (not wa.me/<number>, nor the number a PBX dials: PJSIP/4915…@trunk)
            if isAlnum(contextByte(i - 2)) && !has("wa.me/", at: i - 6) && !(prev == ASCII.slash && afterDialChannel(i)) { return r }
        case ASCII.hash, ASCII.dollar, ASCII.percent, ASCII.backslash, ASCII.tilde:
            return r
        default: break
        }
        var start = i
        if (prev == ASCII.plus || prev == ASCII.openParen) && i - 1 >= floor {
            if prev == ASCII.plus && isWordByte(contextByte(i - 2)) && !escapedBreak(before: i - 1) && !unicodeEscapeEnds(at: i - 1) { return r }  // 1+2
            start = i - 1
            if prev == ASCII.plus && i - 2 >= floor && contextByte(i - 2) == ASCII.openParen { start = i - 2 }  // (+91)
        }
        if prev != ASCII.plus, let m = ipv4(from: i) { return accept(m, from: i) }
        if r - i == 8, start == i, let m = spanishID(from: i) { return accept(m, from: i) }
        // A query value (phone=0043%20699%206981372) may be url-encoded.
        let encoded = prev == ASCII.equals
        if start == i && r - i < 7 {
            let a = self[r]
            let b = self[r + 1]
            let grouped = ((a == ASCII.space || a == ASCII.dash || a == ASCII.dot || a == ASCII.slash)
                && (isDigit(b) || b == ASCII.openParen)) || (a == 0xC2 && b == 0xA0 && isDigit(self[r + 2]))
                || (encoded && a == ASCII.percent && b == UInt8(ascii: "2") && self[r + 2] == UInt8(ascii: "0") && isDigit(self[r + 3]))
                || (encoded && a == ASCII.plus && isDigit(b))
                || (a == 0xE2 && b == 0x80 && (self[r + 2] == 0x89 || self[r + 2] == 0xAF || (0x90...0x93).contains(self[r + 2])) && isDigit(self[r + 3]))
                || (a == ASCII.space && b == ASCII.space && isDigit(self[r + 2]))
                || (a == ASCII.space && b == ASCII.dash && self[r + 2] == ASCII.space && isDigit(self[r + 3]))  // 010 - 856 21 56
                || (a == ASCII.openParen && isDigit(b) && p[i] == UInt8(ascii: "0"))  // 090(1234)5678
            if !grouped { return r }
        }
        // A `(` that opens no area code, as in (080-1234-5678), opens the text around the number (not a call's
        // arguments, as in f(080-1234)).
        guard let shape = parseNumber(from: start, encoded: encoded) ?? (start == i - 2 ? parseNumber(from: i - 1) : nil)
                ?? (start != i && prev == ASCII.openParen && !isWordByte(contextByte(i - 2)) ? parseNumber(from: i) : nil)
        else { return r }
        if let m = numberMatch(shape) { return accept(m, from: i) }
        // Longer than any phone (a reference, an invalid card): none of its groups starts a phone either.
        return shape.digitCount(shape.count) > 15 ? shape.end(shape.count) : r
    }

    /// The longest prefix of `shape`'s groups that is something; a shorter one only ends at a space.
    func numberMatch(_ shape: NumberShape, phoneOnly: Bool = false) -> Match? {
        for k in stride(from: shape.count, through: 1, by: -1) {
            if k < shape.count && !Self.isSpaceSeparator(shape.separator(k)) { continue }
            let end = shape.end(k)
            let after = self[end]
            if isWordByte(after) || (after >= 0x80 && Self.isLetterStart(self, end)) { continue }
            if (after == ASCII.comma || after == ASCII.dot) && isDigit(self[end + 1]) {
                // 12.50 and 1,299 go on; a long group before a comma ends a CSV field (4111111111111111,12.50), and
                // so does any group before a comma not followed by a thousands group (…97 25 97,203.0.113.9).
                if after == ASCII.dot || (shape.length(k - 1) <= 3 && startsThousandsGroup(end + 1)) { continue }
            }
            if phoneOnly {
                if let m = phone(shape, k) { return m }
                continue
            }
            if let m = socialSecurity(shape, k) ?? brazilianCPF(shape, k) ?? nationalNumber(shape, k) ?? card(shape, k)
                ?? phone(shape, k) {
                return m
            }
        }
        return nil
    }

    /// Whether the digits at `i` (after a comma) are a thousands group: three of them, not starting an IPv4 address.
    func startsThousandsGroup(_ i: Int) -> Bool {
        run(from: i, limit: 4, isDigit) - i == 3 && !(self[i + 3] == ASCII.dot && parseIPv4(from: i, limit: n) != nil)
    }

    /// What only a digit run of a certain length followed by a certain byte can start: a Telegram bot token
    /// (`123456789:AA…`), a Finnish HETU (`131052-308T`), an Irish PPS number (`1234567T`), a Chinese resident
    /// id ending in X.
    private func digitLedValue(at i: Int, runEnd r: Int) -> Match? {
        let length = r - i
        let next = self[r]
        switch length {
        case 6 where next == ASCII.dash || next == ASCII.plus || isUpper(next):
            return finnishHETU(from: i)
        case 7 where isUpper(next):
            return irishPPS(from: i)
        case 8...10 where next == ASCII.colon:
            guard let end = telegramTokenEnd(at: i) else { return nil }
            return match(i, end, .apiKey)
        case 17 where next | 0x20 == UInt8(ascii: "x"):
            return chineseResidentIDWithX(from: i, runEnd: r)
        default:
            return nil
        }
    }

    /// Whether a `\uXXXX` escape ends just before `j`.
    func unicodeEscapeEnds(at j: Int) -> Bool {
        j - 6 >= floor && p[j - 6] == ASCII.backslash && p[j - 5] == UInt8(ascii: "u") && (j - 4..<j).allSatisfy { isHex(p[$0]) }
    }

    /// Whether `\n`, `\t` or `\r` as written inside a JSON or C string ends just before `i`, after the last match.
    func escapedBreak(before i: Int) -> Bool {
        i >= 2 && i - 2 >= floor && escapedBreakLetter(at: i - 1)
    }

    /// Whether the byte at `i` is the letter of a `\n`, `\t` or `\r` escape: one backslash before it, or two or four
    /// in JSON nested in JSON (a tool's output inside a log line: `\\n`).
    @inline(__always) func escapedBreakLetter(at i: Int) -> Bool {
        let b = self[i]
        return (b == UInt8(ascii: "n") || b == UInt8(ascii: "t") || b == UInt8(ascii: "r")) && self[i - 1] == ASCII.backslash
    }

    /// Whether the character starting at `i` (a non-ASCII lead byte) is a letter of an alphabetic script.
    static func isLetterStart(_ s: Scanner, _ i: Int) -> Bool {
        let lead = s[i]
        var end = i + 1
        let count = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        while end < i + count && s[end] & 0xC0 == 0x80 { end += 1 }
        return end == i + count && s.isLetter(endingAt: end)
    }
}

/// Where a digit run starts: IBAN, NI, NIE, IPv4, DNI, then its groups as an SSN, a CPF, a card or a phone.

extension Scanner {
    /// Tries what the digit run at `i` may be (the first digit of a run); returns where scanning resumes.
    mutating func digitRun(at i: Int) -> Int {
        let r = run(from: i, isDigit)
        let prev = byteBefore(i)
        if i > 0 && (isWordByte(prev) || prev >= 0x80) {
            if isUpper(prev), let m = letterLedID(digitsAt: i) { return accept(m, from: i) }
            return r
        }
        if prev == ASCII.space, i - 3 >= floor, isUpper(self[i - 2]), isUpper(self[i - 3]), wordBoundary(before: i - 3),
           let m = nationalInsurance(from: i - 3) {
            return accept(m, from: i)
        }
        switch prev {
        case ASCII.dot, ASCII.comma, ASCII.colon:
            if isDigit(contextByte(i - 2)) { return r }  // 1.2.3, 1,299, 10:30 (but tel:0171...)
        case ASCII.dash, ASCII.slash:
            if isAlnum(contextByte(i - 2)) { return r }  // ORD-2023, v1/2024
        case ASCII.hash, ASCII.dollar, ASCII.percent, ASCII.backslash, ASCII.tilde:
            return r
        default: break
        }
        var start = i
        if (prev == ASCII.plus || prev == ASCII.openParen) && i - 1 >= floor {
            if prev == ASCII.plus && isWordByte(contextByte(i - 2)) { return r }  // 1+2
            start = i - 1
        }
        if prev != ASCII.plus, let m = ipv4(from: i) { return accept(m, from: i) }
        if r - i == 8, start == i, let m = spanishID(from: i) { return accept(m, from: i) }
        if start == i && r - i < 7 {
            let a = self[r]
            let b = self[r + 1]
            let grouped = ((a == ASCII.space || a == ASCII.dash || a == ASCII.dot || a == ASCII.slash)
                && (isDigit(b) || b == ASCII.openParen)) || (a == 0xC2 && b == 0xA0 && isDigit(self[r + 2]))
            if !grouped { return r }
        }
        guard let shape = parseNumber(from: start) else { return r }
        // The longest prefix of the groups that is something; a shorter one only ends at a space.
        for k in stride(from: shape.count, through: 1, by: -1) {
            if k < shape.count && !Self.isSpaceSeparator(shape.separator(k)) { continue }
            let end = shape.end(k)
            let after = self[end]
            if isWordByte(after) || ((after == ASCII.comma || after == ASCII.dot) && isDigit(self[end + 1])) { continue }
            if let m = socialSecurity(shape, k) ?? brazilianCPF(shape, k) ?? card(shape, k) ?? phone(shape, k) {
                return accept(m, from: i)
            }
        }
        // Longer than any phone (a reference, an invalid card): none of its groups starts a phone either.
        return shape.digitCount(shape.count) > 15 ? shape.end(shape.count) : r
    }
}

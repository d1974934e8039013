/// Phone numbers: +CC international, North American, European national groupings, grouped digits after "call".

extension Scanner {
    static let phoneWords: [StaticString] = [
        "phone", "tel", "call", "mobile", "cell", "fax", "whatsapp", "sms", "text me", "landline", "dial",
        "ring me", "reach me", "contact", "telefon", "téléphone", "handy", "numéro",
    ]

    func phone(_ shape: NumberShape, _ k: Int) -> Match? {
        let lengths = shape.lengths(k)
        let seps = shape.inner(k)
        let total = lengths.reduce(0, +)
        guard total >= 7, total <= 17 else { return nil }
        let dots = seps.filter { $0 == ASCII.dot }.count
        if dots > 0 && dots != seps.count { return nil }
        if seps.dropFirst().contains(ASCII.slash) { return nil }
        let first = p[shape.starts[0]]
        let second = total > 1 ? (lengths[0] > 1 ? p[shape.starts[0] + 1] : p[shape.starts[1]]) : 0
        var skip = -1
        var accepted = false
        if shape.plus {
            // +44 (0)20 ...: the (0) is a trunk prefix, not part of the number.
            if shape.parenGroup == 1 && k > 1 && lengths[1] == 1 && p[shape.starts[1]] == UInt8(ascii: "0") { skip = 1 }
            let count = total - (skip >= 0 ? 1 : 0)
            accepted = (8...15).contains(count) && (k >= 2 || count >= 10) && !seps.contains(ASCII.slash)
        } else if first == UInt8(ascii: "0") && second == UInt8(ascii: "0") {
            accepted = k >= 2 && (11...17).contains(total) && !seps.contains(ASCII.slash) && dots == 0
        } else if isNorthAmerican(shape, k, lengths) {
            accepted = true
        } else if first == UInt8(ascii: "0") {
            accepted = isNationalGrouping(shape, k, lengths, seps)
        }
        if !accepted && total <= 15 && hasContext(before: shape.start, window: 40, Self.phoneWords) {
            let dateLike = lengths == [4, 2, 2] || lengths == [2, 2, 4]
            accepted = !dateLike && (k == 1 ? total >= 10 : lengths.allSatisfy { $0 <= 8 } && lengths.contains { $0 >= 3 })
        }
        guard accepted else { return nil }
        return Match(start: shape.start, end: shape.end(k), kind: .phone,
                     normalized: String(decoding: digits(shape, k, skipping: skip), as: UTF8.self))
    }

    /// (415) 555-0132, 415-555-0132, 415.555.0132, 415 555 0132, 1-800-555-0199: area and exchange 2–9.
    private func isNorthAmerican(_ shape: NumberShape, _ k: Int, _ lengths: [Int]) -> Bool {
        let area: Int
        if lengths == [3, 3, 4] && shape.parenGroup <= 0 {
            area = 0
        } else if lengths == [1, 3, 3, 4] && p[shape.starts[0]] == UInt8(ascii: "1")
                    && (shape.parenGroup == -1 || shape.parenGroup == 1) {
            area = 1
        } else {
            return false
        }
        let seps = shape.inner(k)
        if seps.contains(ASCII.slash) { return false }
        if seps.contains(0) && shape.parenGroup != area { return false }
        let a = p[shape.starts[area]], x = p[shape.starts[area + 1]]
        return a >= UInt8(ascii: "2") && x >= UInt8(ascii: "2")
    }

    /// 020 7946 0958, 07700 900123, 030/12345678, 0176 12345678, 01 23 45 67 89, 06.12.34.56.78, (02) 9876 5432.
    private func isNationalGrouping(_ shape: NumberShape, _ k: Int, _ lengths: [Int], _ seps: ArraySlice<UInt8>) -> Bool {
        let total = lengths.reduce(0, +)
        guard k >= 2, (9...12).contains(total), (2...5).contains(lengths[0]) else { return false }
        guard lengths.dropFirst().allSatisfy({ (2...8).contains($0) }) else { return false }
        if seps.contains(ASCII.dot) { return lengths.allSatisfy { $0 == 2 } }
        if seps.contains(0) { return shape.parenGroup == 0 }
        return true
    }
}

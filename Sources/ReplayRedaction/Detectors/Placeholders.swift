/// Recognizes placeholders already in the text (`<EMAIL_1>`) so redacting redacted text changes nothing.

extension Scanner {
    private static let names: [[UInt8]] = PIIKind.allCases.map { Array($0.placeholderName.utf8) }

    /// The end of the placeholder starting at the `<` at `i`, if one does.
    func placeholderEnd(at i: Int) -> Int? {
        var j = i + 1
        while j < n && (isUpper(p[j]) || p[j] == ASCII.underscore) && j - i < 16 { j += 1 }
        guard j > i + 2, p[j - 1] == ASCII.underscore else { return nil }
        let digitsEnd = run(from: j, limit: 9, isDigit)
        guard digitsEnd > j, self[digitsEnd] == ASCII.greater else { return nil }
        let name = UnsafeBufferPointer(rebasing: p[(i + 1)..<(j - 1)])
        guard Self.names.contains(where: { $0.elementsEqual(name) }) else { return nil }
        return digitsEnd + 1
    }
}

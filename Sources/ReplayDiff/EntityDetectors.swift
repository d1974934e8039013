/// Names, numbers, dates, URLs and e-mails in the candidate that are in neither the input, the
/// tool results nor any baseline answer.
struct InventedEntitiesDetector: Detector {
    let id = DetectorID.inventedEntities

    func detect(_ d: Detection) -> [Finding] {
        let candidateEntities = d.embed.entities(d.candidate)
        guard !candidateEntities.isEmpty else { return [] }
        let baselineEntities = Set(d.baselines.flatMap { d.embed.entities($0).map(\.id) })
        // Built only when an entity needs them.
        var lowerCache: [LowerText]? = nil
        var wordCache: Set<UInt64>? = nil
        func baselineLower() -> [LowerText] {
            if let l = lowerCache { return l }
            lowerCache = d.baselines.map(LowerText.init)
            return lowerCache!
        }
        func baselineWords() -> Set<UInt64> {
            if let w = wordCache { return w }
            wordCache = Set(d.baselines.flatMap(Words.hashes))
            return wordCache!
        }
        var invented: [Entity] = []
        for e in candidateEntities {
            let id = e.id
            if baselineEntities.contains(id) { continue }
            // Small numbers are never counted (checked before the sources' entities are made).
            if e.kind == .number, let value = Double(e.key.filter { $0.isNumber || $0 == "." || $0 == "-" }), abs(value) < d.settings.inventedMinNumber,
               !e.key.contains(":" as Character), !e.key.contains("/" as Character) { continue }
            if d.input.sourceEntities.contains(id) { continue }
            switch e.kind {
            case .number:
                // A number the sources write differently ("1200" / "1,200") or inside a larger one.
                let digits = e.key.filter(\.isNumber)
                if d.input.sourceLower.contains(e.key) || baselineLower().contains(where: { $0.contains(e.key) }) { continue }
                if digits.count >= 3, LowerText.find(Array(digits.utf8), in: d.input.sourceDigits) != nil { continue }
            case .name, .date:
                // Every word of it appears somewhere in the sources or the baseline.
                if Words.hashes(e.text).allSatisfy({ d.input.sourceWords.contains($0) || baselineWords().contains($0) }) { continue }
            case .url, .email:
                if d.input.sourceLower.contains(e.key) || baselineLower().contains(where: { $0.contains(e.key) }) { continue }
            }
            invented.append(e)
        }
        guard !invented.isEmpty else { return [] }
        let shown = invented.prefix(8).map { "\($0.kind.rawValue) '\($0.text)'" }.joined(separator: ", ")
        let more = invented.count > 8 ? " and \(invented.count - 8) more" : ""
        let evidence = invented.prefix(3).compactMap { e in Detectors.sentence(in: d.candidate, containing: e.text).map { Evidence(.candidate, $0) } }
        return [d.regression(id, "invented \(shown)\(more)", evidence: evidence)]
    }
}

/// Personal data in the candidate that the input did not hold: e-mail addresses, phone numbers,
/// payment card numbers (Luhn-valid), US social security numbers, IBANs and IP addresses.
struct PIIDetector: Detector {
    let id = DetectorID.pii

    func detect(_ d: Detection) -> [Finding] {
        let found = PII.find(d.candidate).filter { !d.input.sourceLower.contains($0.value.lowercased()) }
        guard !found.isEmpty else { return [] }
        let baselineHad = Set(d.baselines.flatMap { PII.find($0).map(\.value) })
        let fresh = found.filter { !baselineHad.contains($0.value) }
        let list = { (items: [PII.Item]) in items.prefix(5).map { "\($0.kind) \(PII.masked($0.value))" }.joined(separator: ", ") }
        let evidence = found.prefix(3).compactMap { item in
            Detectors.sentence(in: d.candidate, containing: item.value).map { sentence in
                Evidence(.candidate, found.reduce(sentence) { PII.mask(in: $0, $1.value) })
            }
        }
        if fresh.isEmpty {
            return [d.note(id, "personal data not in the input, as in the baseline: \(list(found))", evidence: evidence)]
        }
        return [d.regression(id, "personal data not in the input: \(list(fresh))", evidence: evidence)]
    }
}

enum PII {
    struct Item: Equatable { let kind: String; let value: String }

    static func find(_ text: String) -> [Item] {
        var items: [Item] = []
        let bytes = text.utf8
        let hasDigits = bytes.contains { $0 >= 0x30 && $0 <= 0x39 }
        if bytes.contains(0x40) {
            for e in Entities.extract(text) where e.kind == .email { items.append(Item(kind: "e-mail", value: e.text)) }
        }
        guard hasDigits else { return items }
        // Digit runs with separators: phones, cards, SSNs, IPs.
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            guard Entities.isDigit(s) || (s == "+" && i + 1 < scalars.count && Entities.isDigit(scalars[i + 1])) || s == "(" && i + 1 < scalars.count && Entities.isDigit(scalars[i + 1]) else {
                i += 1; continue
            }
            if i > 0, Words.isWordScalar(scalars[i - 1]) { i += 1; continue }
            var j = i
            while j < scalars.count, Entities.isDigit(scalars[j]) || " -.()+".unicodeScalars.contains(scalars[j]) {
                if scalars[j] == " ", j + 1 < scalars.count, !Entities.isDigit(scalars[j + 1]) && scalars[j + 1] != "(" { break }
                j += 1
            }
            // Every kind has at least four digits (an IP address), and under ten digits only an IP
            // address (dots) or an SSN (dashes) is possible: other runs are no personal data.
            let run = scalars[i..<j]
            let digitCount = run.lazy.filter(Entities.isDigit).count
            guard digitCount >= 4, digitCount >= 10 || run.contains(".") || run.contains("-") else {
                i = max(j, i + 1)
                continue
            }
            var raw = String(String.UnicodeScalarView(scalars[i..<j]))
            while let last = raw.last, !last.isNumber { raw.removeLast() }
            let digits = raw.filter(\.isNumber)
            if let kind = classify(raw, digits: digits) { items.append(Item(kind: kind, value: raw)) }
            i = max(j, i + 1)
        }
        // IBANs: words of 15 bytes or more.
        var start = bytes.startIndex
        while start != bytes.endIndex {
            let end = bytes[start...].firstIndex { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 } ?? bytes.endIndex
            if bytes.distance(from: start, to: end) >= 15 {
                let w = Substring(bytes[start..<end]).trimmingCharacters(in: ".,;:()")
                if isIBAN(w) { items.append(Item(kind: "IBAN", value: w)) }
            }
            start = end == bytes.endIndex ? end : bytes.index(after: end)
        }
        return items
    }

    static func classify(_ raw: String, digits: String) -> String? {
        let parts = raw.split(separator: ".")
        if parts.count == 4, parts.allSatisfy({ $0.count <= 3 && $0.allSatisfy(\.isNumber) && Int($0)! <= 255 }), !raw.contains(" " as Character) {
            return "IP address"
        }
        let dashes = raw.split(separator: "-")
        if dashes.count == 3, dashes.map(\.count) == [3, 2, 4], digits.count == 9 { return "SSN" }
        if digits.count >= 13, digits.count <= 19, luhn(digits), !raw.contains("." as Character) { return "card number" }
        let separated = raw.contains(" " as Character) || raw.contains("-" as Character) || raw.contains("(" as Character) || raw.hasPrefix("+")
        if digits.count >= 10, digits.count <= 15, separated, !raw.contains("." as Character) || raw.filter({ $0 == "." }).count >= 2 { return "phone number" }
        return nil
    }

    static func luhn(_ digits: String) -> Bool {
        var sum = 0
        for (n, c) in digits.reversed().enumerated() {
            var x = Int(String(c))!
            if n % 2 == 1 { x *= 2; if x > 9 { x -= 9 } }
            sum += x
        }
        return sum % 10 == 0
    }

    static func isIBAN(_ w: String) -> Bool {
        guard w.count >= 15, w.count <= 34, w.prefix(2).allSatisfy({ $0.isUppercase && $0.isASCII }),
              w.dropFirst(2).prefix(2).allSatisfy(\.isNumber), w.allSatisfy({ ($0.isUppercase || $0.isNumber) && $0.isASCII }) else { return false }
        // The ISO 13616 check: move the first four characters to the end, letters as numbers, mod 97.
        var remainder = 0
        for c in w.dropFirst(4) + w.prefix(4) {
            let value = c.isNumber ? Int(String(c))! : Int(c.asciiValue! - 55)
            for digit in String(value) { remainder = (remainder * 10 + Int(String(digit))!) % 97 }
        }
        return remainder == 1
    }

    /// Personal data is quoted masked in reports: the first and last two characters kept.
    static func masked(_ value: String) -> String {
        guard value.count > 6 else { return String(repeating: "•", count: value.count) }
        return String(value.prefix(2)) + String(repeating: "•", count: value.count - 4) + String(value.suffix(2))
    }

    static func mask(in sentence: String, _ value: String) -> String { sentence.replacingOccurrences(value, masked(value)) }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

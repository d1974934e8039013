/// The caller's known identifiers (exporter names, e-mails, account ids) compiled for exact matching.

struct KnownLiterals: Sendable {
    struct Entry: Sendable, Equatable {
        /// Lowercased when `folded`.
        var bytes: [UInt8]
        var folded: Bool
        var kind: PIIKind
        var normalized: String
    }

    /// Entries by first byte, longest first.
    private(set) var buckets: [[Entry]] = Array(repeating: [], count: 256)
    /// The scanner's trigger table: `Trigger.base` plus `Trigger.literal` on entries' first bytes.
    private(set) var table: [UInt16] = Trigger.base

    init() {}

    mutating func add(_ known: KnownIdentifiers) {
        for name in known.names {
            let words = name.split(whereSeparator: \.isWhitespace)
            guard !words.isEmpty else { continue }
            let full = words.joined(separator: " ")
            let normalized = full.lowercased()
            // The full name in any case (a single word only as a part: "Cher", not "mon cher");
            // each part of three letters or more when capitalized, as given or in title case.
            if words.count > 1 {
                insert(Entry(bytes: Array(normalized.utf8).map(lowered), folded: true, kind: .name, normalized: normalized))
            }
            var parts = words.map(String.init)
            for word in words where word.contains("-") { parts += word.split(separator: "-").map(String.init) }
            // Chinese and Japanese names are often two characters (李静): kept whole, they are distinctive enough.
            for part in parts where part.filter(\.isLetter).count >= 3 || (part.count >= 2 && part.unicodeScalars.allSatisfy(Self.isCJK)) {
                let capitalized = part.prefix(1).uppercased() + part.dropFirst()
                let titled = part.prefix(1).uppercased() + part.dropFirst().lowercased()
                for form in Set([capitalized, titled]) {
                    insert(Entry(bytes: Array(form.utf8), folded: false, kind: .name, normalized: normalized))
                }
            }
        }
        for email in known.emails {
            let normalized = email.trimmingSpaces.lowercased()
            guard normalized.utf8.count >= 3 else { continue }
            insert(Entry(bytes: Array(normalized.utf8).map(lowered), folded: true, kind: .email, normalized: normalized))
        }
        for id in known.ids {
            let id = id.trimmingSpaces
            guard id.utf8.count >= 3 else { continue }
            insert(Entry(bytes: Array(id.utf8), folded: false, kind: .accountID, normalized: id))
        }
    }

    /// CJK ideographs and kana.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    private mutating func insert(_ entry: Entry) {
        guard let first = entry.bytes.first else { return }
        let firsts = entry.folded && isAlpha(first) ? [lowered(first), first & ~0x20] : [first]
        for byte in firsts {
            var bucket = buckets[Int(byte)]
            guard !bucket.contains(entry) else { continue }
            bucket.append(entry)
            bucket.sort { $0.bytes.count > $1.bytes.count }
            buckets[Int(byte)] = bucket
            table[Int(byte)] |= Trigger.literal
        }
    }
}

extension String {
    var trimmingSpaces: String {
        String(self.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

extension Scanner {
    /// Whether a word ends before `i` (the previous character is not a letter, digit or `_`). Non-ASCII
    /// characters count as letters when they are letters of an alphabetic script (é, ж); CJK text and full-width
    /// or general punctuation (：, 、, ’, —) separate words. So does an escaped line break (`\n` in JSON).
    func wordBoundary(before i: Int) -> Bool {
        guard i > 0 else { return true }
        guard i != floor else { return false }
        let b = p[i - 1]
        if b >= 0x80 { return !isLetter(endingAt: i) }
        return !isWordByte(b) || escapedBreak(before: i)
    }

    /// Whether a word ends at `i` (the character at `i` is not a letter, digit or `_`; see `wordBoundary(before:)`).
    func wordBoundary(at i: Int) -> Bool {
        guard i < n else { return true }
        let b = p[i]
        if b >= 0x80 { return !Self.isLetterStart(self, i) }
        return !isWordByte(b)
    }

    /// A known name, e-mail or account id starting at `i`.
    func knownLiteral(at i: Int) -> Match? {
        let bucket = known.buckets[Int(p[i])]
        for entry in bucket {
            let count = entry.bytes.count
            guard i + count <= n else { continue }
            var same = true
            entry.bytes.withUnsafeBufferPointer { lit in
                if entry.folded {
                    for k in 0..<count where lowered(p[i + k]) != lit[k] { same = false; break }
                } else {
                    for k in 0..<count where p[i + k] != lit[k] { same = false; break }
                }
            }
            guard same else { continue }
            let end = i + count
            if entry.kind == .email {
                guard !Self.isLocalByte(byteBefore(i)), !Self.isDomainByte(self[end]) else { continue }
            } else {
                guard wordBoundary(before: i), wordBoundary(at: end) else { continue }
                // Part of an e-mail address's local part: leave it to the e-mail detector.
                let localEnd = run(from: end, limit: 64, Self.isLocalByte)
                if self[localEnd] == ASCII.at, emailBounds(at: localEnd) != nil { continue }
            }
            return Match(start: i, end: end, kind: entry.kind, normalized: entry.normalized)
        }
        return nil
    }
}

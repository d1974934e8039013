/// A value found once is found everywhere in the text: a phone number seen after a cue word is the same phone
/// number in the next JSON field (`"wa_id": …` then `"from": …`), where no cue stands before it; a user name seen
/// in a home path is the same name in a prompt or a sentence.

extension Scanner {
    /// The shortest value whose other whole occurrences are matched too (nil: the kind's values are not).
    private static func shortestRepeated(_ kind: PIIKind) -> Int? {
        switch kind {
        case .user: return 3
        case .email, .phone, .card, .apiKey, .secret, .governmentID, .accountID, .ipAddress: return 7
        default: return nil
        }
    }

    /// Adds a match for every other whole-word occurrence, outside earlier matches, of the values matched so far.
    mutating func addRepeatedValues() {
        var values: [(bytes: [UInt8], kind: PIIKind, normalized: String)] = []
        for m in matches {
            guard let shortest = Self.shortestRepeated(m.kind), m.end - m.start >= shortest else { continue }
            let bytes = Array(p[m.start..<m.end])
            if !values.contains(where: { $0.bytes == bytes }) { values.append((bytes, m.kind, m.normalized)) }
        }
        guard !values.isEmpty else { return }
        var firsts = [Bool](repeating: false, count: 256)
        for v in values { firsts[Int(v.bytes[0])] = true }
        floor = 0  // the scan is over; word boundaries below are the text's own
        var found: [Match] = []
        var next = 0
        var i = 0
        while i < n {
            if next < matches.count && i >= matches[next].start {
                i = max(i, matches[next].end)
                next += 1
                continue
            }
            let limit = next < matches.count ? matches[next].start : n
            let b = p[i]
            var hit: Match?
            if firsts[Int(b)] && wordBoundary(before: i) {
                for v in values where v.bytes[0] == b && i + v.bytes.count <= limit && wordBoundary(at: i + v.bytes.count)
                    && v.bytes.withUnsafeBufferPointer({ $0.elementsEqual(UnsafeBufferPointer(rebasing: p[i..<(i + v.bytes.count)])) }) {
                    let normalized = v.kind == .user ? lowercased(i, i + v.bytes.count) : v.normalized
                    hit = Match(start: i, end: i + v.bytes.count, kind: v.kind, normalized: normalized)
                    break
                }
            }
            if let hit { found.append(hit); i = hit.end } else { i += 1 }
        }
        guard !found.isEmpty else { return }
        matches = (matches + found).sorted { $0.start < $1.start }
    }
}

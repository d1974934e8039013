/// A value found once is found everywhere in the text: a phone number seen after a cue word is the same phone
/// number in the next JSON field (`"wa_id": …` then `"from": …`), where no cue stands before it.

extension Scanner {
    /// The kinds whose other whole occurrences are matched too (user names have their own rule: `addUserMentions`).
    private static func repeats(_ kind: PIIKind) -> Bool {
        switch kind {
        case .email, .phone, .card, .apiKey, .secret, .governmentID, .accountID, .ipAddress: return true
        default: return false
        }
    }

    /// Adds a match for every other occurrence, outside earlier matches and not inside a longer word or number,
    /// of the values (7 bytes or more) matched so far.
    mutating func addRepeatedValues() {
        var values: [(bytes: [UInt8], kind: PIIKind, normalized: String)] = []
        for m in matches where Self.repeats(m.kind) && m.end - m.start >= 7 {
            let bytes = Array(p[m.start..<m.end])
            if !values.contains(where: { $0.bytes == bytes }) { values.append((bytes, m.kind, m.normalized)) }
        }
        guard !values.isEmpty else { return }
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
            if i == 0 || !Self.isValueByte(p[i - 1]) {
                for v in values where v.bytes[0] == b && i + v.bytes.count <= limit && (i + v.bytes.count == n || !Self.isValueByte(p[i + v.bytes.count]))
                    && v.bytes.withUnsafeBufferPointer({ $0.elementsEqual(UnsafeBufferPointer(rebasing: p[i..<(i + v.bytes.count)])) }) {
                    hit = Match(start: i, end: i + v.bytes.count, kind: v.kind, normalized: v.normalized)
                    break
                }
            }
            if let hit { found.append(hit); i = hit.end } else { i += 1 }
        }
        guard !found.isEmpty else { return }
        matches = (matches + found).sorted { $0.start < $1.start }
    }

    /// Bytes a value runs on into: letters, digits and `_` (so 4915112345678 is not found inside 49151123456789).
    @inline(__always) private static func isValueByte(_ b: UInt8) -> Bool { isAlnum(b) || b == ASCII.underscore }
}

/// One found value: its byte range in the text, its kind, and the normalized form its digest is taken of.
struct Match {
    var start: Int
    var end: Int
    var kind: PIIKind
    var normalized: String
}

extension Match {
    /// The match in the text a scanned copy was made from (`map`: where each byte of the copy starts in it).
    func mapped(_ map: [Int]) -> Match {
        Match(start: map[start], end: map[end], kind: kind, normalized: normalized)
    }
}

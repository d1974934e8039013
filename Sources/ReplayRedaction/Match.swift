/// One found value: its byte range in the text, its kind, and the normalized form its digest is taken of.
struct Match {
    var start: Int
    var end: Int
    var kind: PIIKind
    var normalized: String
}

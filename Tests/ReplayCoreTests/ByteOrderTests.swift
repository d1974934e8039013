import ReplayCore
import Testing

@Suite struct ByteOrderTests {
    /// `utf8Precedes` is the byte order of the strings' UTF-8 (git's and canonical JSON's order),
    /// not Swift's `<` (which orders by Unicode scalars after normalization).
    @Test func ordersByUTF8Bytes() {
        let pieces = ["", "a", "b", "A", "case-", "0", "9", "é", "e\u{301}", "😀", "中", "\u{7F}", "z"]
        var generator = SystemRandomNumberGenerator()
        func text() -> String { (0..<Int.random(in: 0..<5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
        for _ in 0..<2000 {
            let a = text(), b = text()
            #expect(a.utf8Precedes(b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a.debugDescription) vs \(b.debugDescription)")
        }
        #expect("case-10".utf8Precedes("case-9"))
        #expect(!"case-9".utf8Precedes("case-9"))
        #expect("case".utf8Precedes("case-9"))
        #expect("é".utf8Precedes("😀") && !"中".utf8Precedes("é"))
    }
}

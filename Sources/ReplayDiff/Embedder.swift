/// Turns text into a vector whose cosine with another text's vector says how close their meanings
/// are. Implementations hold caches, so each worker thread gets its own.
public protocol TextEmbedder: AnyObject {
    func embed(_ text: String) -> [Float]
}

public enum Similarity {
    /// Cosine similarity, 0 when either vector is zero.
    public static func cosine(_ a: [Float], _ b: [Float]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        var dot: Float = 0, na: Float = 0, nb: Float = 0
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                for i in 0..<pa.count {
                    dot += pa[i] * pb[i]
                    na += pa[i] * pa[i]
                    nb += pb[i] * pb[i]
                }
            }
        }
        guard na > 0, nb > 0 else { return 0 }
        return Double(dot / (na.squareRoot() * nb.squareRoot()))
    }
}

/// A text as a memo key: hashed by its length and its first and last bytes (the texts of one
/// comparison differ there), compared in full.
struct MemoKey: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        let utf8 = text.utf8
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in utf8.prefix(24) { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        for b in utf8.suffix(24) { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        hasher.combine(utf8.count)
        hasher.combine(h)
    }

    static func == (a: MemoKey, b: MemoKey) -> Bool { a.text == b.text }
}

/// An embedder with a per-comparison memo, so a text embedded for the whole-answer score is not
/// embedded again for the alignment or a clause check; the other per-text readings (blocks,
/// entities, language, normalized words, word hashes) are kept the same way.
final class MemoEmbedder {
    let base: any TextEmbedder
    private var memo: [MemoKey: [Float]] = [:]
    private var blockMemo: [MemoKey: [Block]] = [:]
    private var entityMemo: [MemoKey: [Entity]] = [:]
    private var languageMemo: [MemoKey: String?] = [:]
    private var normalizedMemo: [MemoKey: String] = [:]
    private var hashesMemo: [MemoKey: [UInt64]] = [:]

    init(_ base: any TextEmbedder) { self.base = base }

    private func remembered<T>(_ memo: inout [MemoKey: T], _ text: String, _ make: () -> T) -> T {
        let key = MemoKey(text)
        if let known = memo[key] { return known }
        let value = make()
        memo[key] = value
        return value
    }

    /// The entities of a text, extracted once per comparison.
    func entities(_ text: String) -> [Entity] {
        remembered(&entityMemo, text) { Entities.extract(text, language: { self.language(text) }) }
    }

    /// The language of a text, detected once per comparison.
    func language(_ text: String) -> String? { remembered(&languageMemo, text) { Language.detect(text) } }

    /// `Words.normalized`, once per text per comparison.
    func normalized(_ text: String) -> String { remembered(&normalizedMemo, text) { Words.normalized(text) } }

    /// `Words.hashes`, once per text per comparison.
    func hashes(_ text: String) -> [UInt64] { remembered(&hashesMemo, text) { Words.hashes(text) } }

    /// The blocks of a text, split once per comparison (the alignment and the format check both
    /// need them).
    func blocks(_ text: String) -> [Block] { remembered(&blockMemo, text) { Blocks.split(text) } }

    func callAsFunction(_ text: String) -> [Float] { remembered(&memo, text) { base.embed(text) } }

    func similarity(_ a: String, _ b: String) -> Double { Similarity.cosine(self(a), self(b)) }

    func reset() {
        memo.removeAll(keepingCapacity: true)
        blockMemo.removeAll(keepingCapacity: true)
        entityMemo.removeAll(keepingCapacity: true)
        languageMemo.removeAll(keepingCapacity: true)
        normalizedMemo.removeAll(keepingCapacity: true)
        hashesMemo.removeAll(keepingCapacity: true)
    }
}

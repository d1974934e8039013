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

/// An embedder with a per-comparison memo, so a text embedded for the whole-answer score is not
/// embedded again for the alignment or a clause check.
final class MemoEmbedder {
    let base: any TextEmbedder
    private var memo: [String: [Float]] = [:]
    private var blockMemo: [String: [Block]] = [:]
    private var entityMemo: [String: [Entity]] = [:]

    private var languageMemo: [String: String?] = [:]
    private var normalizedMemo: [String: String] = [:]

    /// The entities of a text, extracted once per comparison.
    func entities(_ text: String) -> [Entity] {
        if let e = entityMemo[text] { return e }
        let e = Entities.extract(text, language: { self.language(text) })
        entityMemo[text] = e
        return e
    }

    /// The language of a text, detected once per comparison.
    func language(_ text: String) -> String? {
        if let l = languageMemo[text] { return l }
        let l = Language.detect(text)
        languageMemo[text] = l
        return l
    }

    /// `Words.normalized`, once per text per comparison.
    func normalized(_ text: String) -> String {
        if let n = normalizedMemo[text] { return n }
        let n = Words.normalized(text)
        normalizedMemo[text] = n
        return n
    }

    init(_ base: any TextEmbedder) { self.base = base }

    /// The blocks of a text, split once per comparison (the alignment and the format check both
    /// need them).
    func blocks(_ text: String) -> [Block] {
        if let b = blockMemo[text] { return b }
        let b = Blocks.split(text)
        blockMemo[text] = b
        return b
    }

    func callAsFunction(_ text: String) -> [Float] {
        if let v = memo[text] { return v }
        let v = base.embed(text)
        memo[text] = v
        return v
    }

    func similarity(_ a: String, _ b: String) -> Double { Similarity.cosine(self(a), self(b)) }

    func reset() {
        memo.removeAll(keepingCapacity: true)
        blockMemo.removeAll(keepingCapacity: true)
        entityMemo.removeAll(keepingCapacity: true)
        languageMemo.removeAll(keepingCapacity: true)
        normalizedMemo.removeAll(keepingCapacity: true)
    }
}

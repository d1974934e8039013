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

/// A memo of one comparison's texts: a few distinct texts (two answers, their blocks, a few
/// samples), so a scan by length then content beats hashing every text on every lookup.
struct TextMemo<Value> {
    private var keys: [String] = []
    private var lengths: [Int] = []
    private var values: [Value] = []

    mutating func value(_ text: String, _ make: () -> Value) -> Value {
        let length = text.utf8.count
        for n in lengths.indices where lengths[n] == length && keys[n] == text { return values[n] }
        let value = make()
        keys.append(text)
        lengths.append(length)
        values.append(value)
        return value
    }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        lengths.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }
}

/// An embedder with a per-comparison memo, so a text embedded for the whole-answer score is not
/// embedded again for the alignment or a clause check; the other per-text readings (blocks,
/// entities, language, normalized words, word hashes) are kept the same way.
final class MemoEmbedder {
    let base: any TextEmbedder
    private var memo = TextMemo<[Float]>()
    private var blockMemo = TextMemo<[Block]>()
    private var entityMemo = TextMemo<[Entity]>()
    private var languageMemo = TextMemo<String?>()
    private var normalizedMemo = TextMemo<String>()
    private var hashesMemo = TextMemo<[UInt64]>()

    init(_ base: any TextEmbedder) { self.base = base }

    /// The entities of a text, extracted once per comparison.
    func entities(_ text: String) -> [Entity] {
        entityMemo.value(text) { Entities.extract(text, language: { self.language(text) }) }
    }

    /// The language of a text, detected once per comparison.
    func language(_ text: String) -> String? { languageMemo.value(text) { Language.detect(text, words: hashes(text)) } }

    /// `Words.normalized`, once per text per comparison.
    func normalized(_ text: String) -> String { normalizedMemo.value(text) { Words.normalized(text) } }

    /// `Words.hashes`, once per text per comparison.
    func hashes(_ text: String) -> [UInt64] { hashesMemo.value(text) { Words.hashes(text) } }

    /// The blocks of a text, split once per comparison (the alignment and the format check both
    /// need them).
    func blocks(_ text: String) -> [Block] { blockMemo.value(text) { Blocks.split(text) } }

    func callAsFunction(_ text: String) -> [Float] { memo.value(text) { base.embed(text) } }

    func similarity(_ a: String, _ b: String) -> Double { Similarity.cosine(self(a), self(b)) }

    func reset() {
        memo.removeAll()
        blockMemo.removeAll()
        entityMemo.removeAll()
        languageMemo.removeAll()
        normalizedMemo.removeAll()
        hashesMemo.removeAll()
    }
}

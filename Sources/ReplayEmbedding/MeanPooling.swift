/// The ids of the chunks of text an embedder has seen (a chunk is a run of characters between
/// whitespace), emptied when it reaches its limit so that its memory stays bounded. A disabled
/// cache stores nothing: each chunk is tokenized anew.
struct ChunkCache {
    private(set) var table: ByteTable
    let limit: Int
    let isEnabled: Bool
    var scratch: [Int32] = []

    init(limit: Int) {
        self.limit = max(1, limit)
        isEnabled = true
        table = ByteTable(minimumCapacity: 4096)
    }

    /// A cache that stores nothing.
    static var disabled: ChunkCache { ChunkCache() }

    private init() {
        limit = 0
        isEnabled = false
        table = ByteTable(minimumCapacity: 0)
    }

    /// Calls `body` with the ids of `chunk`, tokenizing it unless it is cached, and caching it.
    @inline(__always)
    mutating func withIDs<R>(of chunk: UnsafeBufferPointer<UInt8>, tokenizer: WordPieceTokenizer,
                             _ body: (UnsafeBufferPointer<Int32>) -> R) -> R {
        var hash: UInt64 = 0
        if isEnabled {
            hash = ByteTable.hash(chunk)
            if let found = table.find(chunk, hash: hash) { return table.withValues(found, body) }
        }
        scratch.removeAll(keepingCapacity: true)
        tokenizer.appendTokens(ofChunk: chunk, to: &scratch)
        if isEnabled {
            if table.count >= limit { table.removeAll() }
            scratch.withUnsafeBufferPointer { _ = table.insert(chunk, hash: hash, values: $0) }
        }
        return scratch.withUnsafeBufferPointer(body)
    }
}

extension StaticEmbeddingModel {
    /// Embeds `text` as model2vec's `encode` does, `cache` remembering the ids of each chunk:
    ///
    /// 1. cut the text to `maxLength × medianTokenLength` characters (Unicode scalars);
    /// 2. tokenize, without special tokens, and keep the first `maxLength` ids;
    /// 3. leave out the unknown token;
    /// 4. average the rows of the rest (through `mapping`, times `weights`, when present);
    /// 5. divide by the norm (+1e-32) when `normalize` is set. No token left: all zeros.
    func embed(_ text: String, cache: inout ChunkCache) -> [Float] {
        var text = text
        return text.withUTF8 { embed(utf8: $0, cache: &cache) }
    }

    private func embed(utf8 whole: UnsafeBufferPointer<UInt8>, cache: inout ChunkCache) -> [Float] {
        let dimension = self.dimension
        let text = Self.truncated(whole, toCharacters: configuration.maxLength.map { $0 * medianTokenLength })
        let tokenLimit = configuration.maxLength ?? Int.max
        let unknown = Int32(tokenizer.unknownTokenID ?? -1)
        let sum = UnsafeMutablePointer<Float>.allocate(capacity: dimension)
        sum.initialize(repeating: 0, count: dimension)
        defer { sum.deallocate() }

        // Locals, so that the closure below captures no copy of `self`.
        let tokenizer = self.tokenizer
        let vectors = self.tokenVectors
        var tokenCount = 0
        var used = 0
        var position = 0
        while tokenCount < tokenLimit, let range = tokenizer.nextChunk(text, from: &position) {
            let chunk = UnsafeBufferPointer(rebasing: text[range])
            let remaining = tokenLimit - tokenCount
            let result = cache.withIDs(of: chunk, tokenizer: tokenizer) { ids in
                vectors.accumulate(ids, into: sum, unknown: unknown, limit: remaining)
            }
            tokenCount += result.consumed
            used += result.added
        }

        guard used > 0 else { return [Float](repeating: 0, count: dimension) }
        let scale = 1 / Float(used)
        var squares: Float = 0
        for index in 0..<dimension {
            sum[index] *= scale
            squares += sum[index] * sum[index]
        }
        if configuration.normalize {
            let divisor = squares.squareRoot() + 1e-32
            for index in 0..<dimension { sum[index] /= divisor }
        }
        return Array(UnsafeBufferPointer(start: sum, count: dimension))
    }

    /// The first `limit` characters (Unicode scalars) of UTF-8 text, as Python's `text[:limit]`.
    private static func truncated(_ text: UnsafeBufferPointer<UInt8>, toCharacters limit: Int?) -> UnsafeBufferPointer<UInt8> {
        guard let limit, text.count > limit else { return text }
        var characters = 0
        var end = 0
        while end < text.count {
            if text[end] & 0xC0 != 0x80 {
                if characters == limit { break }
                characters += 1
            }
            end += 1
        }
        return UnsafeBufferPointer(rebasing: text[0..<end])
    }
}

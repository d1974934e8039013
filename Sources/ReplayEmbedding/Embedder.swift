/// Embeds texts with a ``StaticEmbeddingModel`` on one thread, caching the token ids of every chunk
/// of text (a run of characters between whitespace) it has seen, so that a word is tokenized once.
///
/// Not `Sendable`: make one per thread or task (``StaticEmbeddingModel/makeEmbedder(cacheLimit:)``);
/// the model itself is shared. The results are exactly those of ``StaticEmbeddingModel/embed(_:)``.
public final class Embedder {
    /// The cache limit of a new embedder: this many chunks (a full cache takes about 25 MB).
    public static let defaultCacheLimit = 200_000

    /// The model that embeds.
    public let model: StaticEmbeddingModel
    private var cache: ChunkCache

    /// An embedder whose cache holds at most `cacheLimit` chunks (it is emptied when full).
    public init(model: StaticEmbeddingModel, cacheLimit: Int = Embedder.defaultCacheLimit) {
        self.model = model
        self.cache = ChunkCache(limit: cacheLimit)
    }

    /// The embedding of `text`, as ``StaticEmbeddingModel/embed(_:)`` computes it.
    public func embed(_ text: String) -> [Float] {
        model.embed(text, cache: &cache)
    }

    /// The cosine similarity of the embeddings of two texts: 0 when either has no known token.
    public func similarity(_ a: String, _ b: String) -> Float {
        StaticEmbeddingModel.cosine(embed(a), embed(b))
    }

    /// The number of chunks in the cache.
    public var cachedChunkCount: Int { cache.table.count }
}

@available(*, unavailable, message: "an Embedder belongs to one thread; make one per thread with model.makeEmbedder()")
extension Embedder: Sendable {}

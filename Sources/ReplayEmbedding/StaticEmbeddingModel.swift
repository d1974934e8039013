import Foundation

/// A static embedding model in the model2vec format: one vector per token, and a text's embedding
/// is the mean of its tokens' vectors, as `model2vec.StaticModel.encode` (0.10) computes it.
///
/// A model folder holds `model.safetensors` (the tensor `embeddings`, rows × dimension, in F32,
/// F16, BF16, F64 or I8; optionally `weights`, one per token id, and `mapping`, token id → row),
/// `tokenizer.json` (a BERT WordPiece tokenizer) and `config.json` (`normalize`, `max_length`).
///
/// The model is an immutable value: share it between threads freely. ``embed(_:)`` tokenizes
/// every word anew; for throughput, give each thread its own ``Embedder``, which caches the ids
/// of the words it has seen.
public struct StaticEmbeddingModel: Sendable {
    /// What `config.json` says about encoding.
    public struct Configuration: Sendable, Equatable {
        /// Scale each embedding to unit length (model2vec's `normalize`; false when absent).
        public var normalize: Bool
        /// Keep only the first `maxLength` tokens of a text (model2vec's `max_length`, 512 when
        /// absent; nil for none). As in model2vec, the text is also first cut to
        /// `maxLength × median token length` characters.
        public var maxLength: Int?

        public init(normalize: Bool = false, maxLength: Int? = 512) {
            self.normalize = normalize
            self.maxLength = maxLength
        }

        /// Reads a model2vec `config.json`; `file` names it in error messages.
        public init(json: Data, file: String) throws {
            guard let object = (try? JSONSerialization.jsonObject(with: json)) as? [String: Any] else {
                throw EmbeddingModelError(file: file, problem: "is not a JSON object")
            }
            self.init()
            if let normalize = object["normalize"] {
                guard let flag = normalize as? Bool else {
                    throw EmbeddingModelError(file: file, problem: "normalize is not true or false")
                }
                self.normalize = flag
            }
            if let maxLength = object["max_length"] {
                if maxLength is NSNull {
                    self.maxLength = nil
                } else if let length = maxLength as? Int, length > 0 {
                    self.maxLength = length
                } else {
                    throw EmbeddingModelError(file: file, problem: "max_length is not a positive integer or null")
                }
            }
        }
    }

    /// The tokenizer.
    public let tokenizer: WordPieceTokenizer
    /// The number of values in an embedding.
    public let dimension: Int
    /// The encoding options.
    public let configuration: Configuration
    /// The median length of the vocabulary's tokens in characters, as model2vec computes it for
    /// cutting long texts.
    public let medianTokenLength: Int

    /// The embedding rows, with the optional weights and mapping.
    let tokenVectors: TokenVectors

    /// Loads the model in `folder` (`model.safetensors`, `tokenizer.json`, and `config.json` when
    /// there is one).
    public init(folder: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw EmbeddingModelError(file: folder, problem: "is not a model folder (it does not exist or is not a directory)")
        }
        let base = URL(fileURLWithPath: folder)
        let tokenizer = try WordPieceTokenizer(contentsOfFile: base.appendingPathComponent("tokenizer.json").path)
        let tensors = try SafeTensors(contentsOfFile: base.appendingPathComponent("model.safetensors").path)
        let configPath = base.appendingPathComponent("config.json").path
        var configuration = Configuration()
        if FileManager.default.fileExists(atPath: configPath) {
            guard let data = FileManager.default.contents(atPath: configPath) else {
                throw EmbeddingModelError(file: configPath, problem: "cannot be read")
            }
            configuration = try Configuration(json: data, file: configPath)
        }
        try self.init(tokenizer: tokenizer, tensors: tensors, configuration: configuration)
    }

    /// Makes a model from its parts: `tensors` must hold `embeddings` (and may hold `weights` and
    /// `mapping`), with a row for every token id unless there is a mapping.
    public init(tokenizer: WordPieceTokenizer, tensors: SafeTensors, configuration: Configuration) throws {
        func fail(_ problem: String) -> EmbeddingModelError { EmbeddingModelError(file: tensors.file, problem: problem) }
        let embeddings = try tensors.tensor("embeddings")
        guard embeddings.shape.count == 2, embeddings.shape[0] > 0, embeddings.shape[1] > 0 else {
            throw fail("tensor embeddings has the shape \(embeddings.shape), not rows × dimension")
        }
        let rows = embeddings.shape[0]
        let tokenCount = tokenizer.vocabularySize

        var mapping: [Int32]? = nil
        if tensors.tensors["mapping"] != nil {
            let values = try tensors.integers("mapping")
            guard values.count == tokenCount else {
                throw fail("tensor mapping has \(values.count) entries for \(tokenCount) tokens")
            }
            if let bad = values.first(where: { $0 < 0 || $0 >= rows }) {
                throw fail("tensor mapping points at row \(bad), outside 0..<\(rows)")
            }
            mapping = values.map { Int32($0) }
        } else if rows != tokenCount {
            throw fail("tensor embeddings has \(rows) rows for \(tokenCount) tokens, and there is no mapping")
        }

        var weights: [Float]? = nil
        if tensors.tensors["weights"] != nil {
            let values = try tensors.floats("weights")
            guard values.count == tokenCount else {
                throw fail("tensor weights has \(values.count) entries for \(tokenCount) tokens")
            }
            weights = values
        }

        self.tokenizer = tokenizer
        self.dimension = embeddings.shape[1]
        self.configuration = configuration
        self.tokenVectors = try TokenVectors(rows: rows, dimension: embeddings.shape[1], weights: weights, mapping: mapping) {
            try tensors.floats("embeddings", into: $0)
        }
        // model2vec: int(np.median([len(token) for token in tokens])), lengths in characters.
        let lengths = tokenizer.tokens.map { $0.unicodeScalars.count }.sorted()
        let middle = lengths.count / 2
        self.medianTokenLength = lengths.count % 2 == 1
            ? lengths[middle]
            : Int((Double(lengths[middle - 1]) + Double(lengths[middle])) / 2)
    }

    /// The embedding of `text`: the mean of its tokens' rows (times their weights, if the model has
    /// them), unknown tokens left out, scaled to unit length if the configuration says so; all
    /// zeros when the text has no known token.
    public func embed(_ text: String) -> [Float] {
        var noCache = ChunkCache.disabled
        return embed(text, cache: &noCache)
    }

    /// An embedder for one thread, which caches the ids of the words it sees.
    public func makeEmbedder(cacheLimit: Int = Embedder.defaultCacheLimit) -> Embedder {
        Embedder(model: self, cacheLimit: cacheLimit)
    }

    /// The cosine of the angle between two vectors of the same length: 0 when either is all zeros.
    public static func cosine(_ a: [Float], _ b: [Float]) -> Float {
        precondition(a.count == b.count, "cosine of vectors of different lengths (\(a.count) and \(b.count))")
        var dot: Float = 0
        var normA: Float = 0
        var normB: Float = 0
        for index in a.indices {
            dot += a[index] * b[index]
            normA += a[index] * a[index]
            normB += b[index] * b[index]
        }
        guard normA > 0, normB > 0 else { return 0 }
        return dot / (normA.squareRoot() * normB.squareRoot())
    }
}

import ReplayEmbedding

/// The shipped model, loaded once for all the tests.
enum ShippedModel {
    private static let model = Result { try StaticEmbeddingModel.embedded() }

    static func load() throws -> StaticEmbeddingModel { try model.get() }
}

import Foundation
import ReplayCore
import ReplayDiff
import ReplayEmbedding
import ReplayProviders

/// Where the diff's embeddings come from: the static model shipped with replay (default, offline),
/// or a configured model serving OpenAI-compatible `/v1/embeddings` (`diff.embeddings: NAME`).
public struct EmbeddingSource: Sendable {
    /// Embedders ready for the scoring threads, and the name reports show.
    public struct Prepared: Sendable {
        public let name: String
        public let make: @Sendable () -> any TextEmbedder
        /// Texts the scoring asked for that had no vector (remote embeddings only).
        public var misses: @Sendable () -> Int = { 0 }
    }

    let workspace: Workspace
    let environment: any Environment
    let http: (any HTTPClient)?

    public init(workspace: Workspace, environment: any Environment, http: (any HTTPClient)?) {
        self.workspace = workspace
        self.environment = environment
        self.http = http
    }

    func prepare(pairs: [CasePair], settings: DiffSettings) async throws -> Prepared {
        guard let name = settings.embeddingModel else { return try embeddedModel() }
        return try await remote(name, pairs: pairs, settings: settings)
    }

    /// The embedded model (no texts need fetching first).
    func embeddedModel() throws -> Prepared { try EmbeddingSource.embedded(environment: environment) }

    /// The shipped static model (or the folder `REPLAY_EMBEDDING_MODEL` names).
    public static func embedded(environment: any Environment) throws -> Prepared {
        let model: StaticEmbeddingModel
        do {
            model = try StaticEmbeddingModel.embedded()
        } catch {
            throw ReplayError("cannot load the embedding model: \(error)",
                              details: ["set REPLAY_EMBEDDING_MODEL to a model2vec folder, or configure diff.embeddings in .replay/config.yaml"])
        }
        return Prepared(name: "embedded static model (model2vec of all-MiniLM-L6-v2, \(model.dimension) dimensions)") { StaticModelEmbedder(model) }
    }

    /// A remote model: the texts the diff will embed are gathered by a dry pass over the pairs, then
    /// fetched in batches, and the scoring threads read them from a table.
    func remote(_ name: String, pairs: [CasePair], settings: DiffSettings) async throws -> Prepared {
        let config = try workspace.loadConfig()
        guard let model = config.models[name] else {
            throw ReplayError("diff.embeddings names '\(name)', which is not under 'models'",
                              details: [closest(to: name, in: Array(config.models.keys)).map { "did you mean '\($0)'?" } ?? "add it under 'models' with provider openai"])
        }
        guard model.provider == .openai, let http else {
            throw ReplayError("diff.embeddings: model '\(name)' must have provider openai (an OpenAI-compatible /v1/embeddings server)")
        }
        let base = model.baseURL ?? environment.variable("OPENAI_BASE_URL") ?? "https://api.openai.com/v1"
        guard let url = URL(string: base) else { throw ReplayError("models.\(name).base_url: '\(base)' is not a URL") }
        let key = environment.variable(model.apiKeyEnv ?? "OPENAI_API_KEY").flatMap { $0.isEmpty ? nil : $0 }
        let client = OpenAIEmbeddingsClient(baseURL: url, model: model.model, apiKey: key, http: http)

        let recorder = RecordingEmbedder()
        let dry = CaseComparer(settings: settings, embedder: recorder)
        for pair in pairs { _ = dry.compare(pair) }
        let texts = Array(recorder.texts).sorted()
        var table: [String: [Float]] = [:]
        var start = 0
        while start < texts.count {
            let batch = Array(texts[start..<min(texts.count, start + 64)])
            let vectors: [[Float]]
            do { vectors = try await client.embed(batch, timeout: model.timeoutSeconds ?? 120) } catch let error as ProviderError {
                let redacted = key.map { error.message.replacingOccurrences(of: $0, with: "[redacted]") } ?? error.message
                throw ReplayError("the embeddings model '\(name)' failed: \(redacted)", details: ["nothing was compared"])
            }
            for (text, vector) in zip(batch, vectors) { table[text] = vector }
            start += batch.count
        }
        let frozen = table
        let misses = MissCounter()
        var prepared = Prepared(name: "\(name) (\(model.model) via \(ProviderFactory.redacted(url)))") { TableEmbedder(frozen, misses: misses) }
        prepared.misses = { misses.count }
        return prepared
    }
}

/// One scoring thread's view of the static model (its word cache is its own).
final class StaticModelEmbedder: TextEmbedder {
    let embedder: Embedder
    init(_ model: StaticEmbeddingModel) { embedder = model.makeEmbedder() }
    func embed(_ text: String) -> [Float] { embedder.embed(text) }
}

/// Notes every text asked for, and answers with a stand-in vector made from the text's words (so
/// the dry pass takes the branches a real one would, as far as word overlap tells).
final class RecordingEmbedder: TextEmbedder {
    var texts = Set<String>()
    func embed(_ text: String) -> [Float] {
        texts.insert(text)
        var v = [Float](repeating: 0, count: 64)
        for h in Words.hashes(text) { v[Int(h % 64)] += 1 }
        return v
    }
}

/// The vectors fetched before scoring; a text the dry pass did not ask for is counted, and scores
/// as unrelated.
final class TableEmbedder: TextEmbedder {
    let table: [String: [Float]]
    let misses: MissCounter
    init(_ table: [String: [Float]], misses: MissCounter) {
        self.table = table
        self.misses = misses
    }
    func embed(_ text: String) -> [Float] {
        if let v = table[text] { return v }
        misses.add()
        return []
    }
}

final class MissCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func add() { lock.lock(); value += 1; lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return value }
}

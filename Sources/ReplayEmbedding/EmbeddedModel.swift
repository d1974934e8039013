import Foundation

extension StaticEmbeddingModel {
    /// The environment variable naming a model folder to load instead of the shipped model.
    public static let modelFolderVariable = "REPLAY_EMBEDDING_MODEL"

    /// The model shipped with replay: the folder named by `REPLAY_EMBEDDING_MODEL` when it is set,
    /// otherwise the `Model` resource of this target beside the executable (all-MiniLM-L6-v2 distilled to 128 dimensions,
    /// made by `Sources/ReplayEmbedding/make-model`). Loading takes a fraction of a second: load
    /// once and share the value.
    public static func embedded() throws -> StaticEmbeddingModel {
        try StaticEmbeddingModel(folder: embeddedModelFolder())
    }

    /// The folder ``embedded()`` loads: `REPLAY_EMBEDDING_MODEL`, else the resource bundle beside
    /// the executable (any `*_ReplayEmbedding.resources` or `.bundle`, whatever the package is
    /// called), else the source tree's `Model` folder.
    public static func embeddedModelFolder() throws -> String {
        if let folder = ProcessInfo.processInfo.environment[modelFolderVariable], !folder.isEmpty {
            return folder
        }
        let fileManager = FileManager.default
        if let executable = Bundle.main.executableURL {
            let directory = executable.deletingLastPathComponent()
            let entries = (try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? []
            for entry in entries.sorted()
            where entry.hasSuffix("_ReplayEmbedding.resources") || entry.hasSuffix("_ReplayEmbedding.bundle") {
                let bundle = directory.appendingPathComponent(entry)
                for candidate in ["Model", "Contents/Resources/Model"] {
                    let folder = bundle.appendingPathComponent(candidate)
                    if fileManager.fileExists(atPath: folder.appendingPathComponent("model.safetensors").path) {
                        return folder.path
                    }
                }
            }
        }
        // The source tree this was built from (a development checkout). SwiftPM's `Bundle.module`
        // is not used: it stops the program when the bundle is missing instead of throwing.
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Model")
        if fileManager.fileExists(atPath: source.appendingPathComponent("model.safetensors").path) {
            return source.path
        }
        throw EmbeddingModelError(file: Bundle.main.executableURL?.deletingLastPathComponent().path ?? ".",
                                  problem: "has no replay_ReplayEmbedding.resources folder beside the executable (the embedded embedding model)")
    }
}

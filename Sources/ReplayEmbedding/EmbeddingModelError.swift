/// A problem with one file of an embedding model: which file, and what is wrong with it.
///
/// Every error that loading a model throws is of this type, so a message always names the file
/// (`model.safetensors`, `tokenizer.json`, `config.json`, or the model folder itself).
public struct EmbeddingModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (or folder) the problem is in, as it was given to the loader.
    public let file: String
    /// What is wrong, in words.
    public let problem: String

    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    public var description: String { "\(file): \(problem)" }
}

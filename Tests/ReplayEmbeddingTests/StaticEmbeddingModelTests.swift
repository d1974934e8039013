import Foundation
import XCTest
@testable import ReplayEmbedding

/// The shipped model against Python model2vec, and as a measure of similarity.
final class StaticEmbeddingModelTests: XCTestCase {
    func model() throws -> StaticEmbeddingModel { try ShippedModel.load() }

    func testShippedModelFacts() throws {
        let model = try model()
        XCTAssertEqual(model.dimension, 128)
        XCTAssertEqual(model.configuration, .init(normalize: true, maxLength: 512))
        XCTAssertEqual(model.medianTokenLength, 6)
        XCTAssertEqual(model.tokenVectors.rows, 29525)
        let folder = try StaticEmbeddingModel.embeddedModelFolder()
        for file in ["model.safetensors", "tokenizer.json", "config.json", "LICENSE", "NOTICE", "README.md"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/" + file), "\(folder)/\(file)")
        }
    }

    func testMatchesPythonModel2Vec() throws {
        let model = try model()
        let embedder = model.makeEmbedder()
        for (text, expected) in EmbeddingFixtures.cases {
            for vector in [model.embed(text), embedder.embed(text), embedder.embed(text)] {
                XCTAssertEqual(vector.count, expected.count)
                let difference = zip(vector, expected).map { abs($0 - $1) }.max() ?? .infinity
                XCTAssertLessThan(difference, 1e-4, "embedding of \(text.prefix(60).debugDescription)")
            }
        }
    }

    func testParaphrasesScoreAboveUnrelatedText() throws {
        let embedder = try model().makeEmbedder()
        let triples = [
            ("The meeting is moved to Tuesday afternoon.", "We rescheduled the meeting to Tuesday after lunch.",
             "Bananas are rich in potassium."),
            ("The function returns null when the list is empty.", "If the list has no elements, the function gives back null.",
             "The hikers reached the summit before sunrise."),
            ("Paris is the capital of France.", "The capital city of France is Paris.",
             "My laptop battery drains too quickly."),
            ("To reset your password, click the link in the email.", "Click the link we emailed you to reset the password.",
             "The orchestra played a symphony by Beethoven."),
            ("The patient should take the medicine twice a day.", "Take this medication two times daily.",
             "Stock prices fell sharply on Monday."),
        ]
        for (text, paraphrase, unrelated) in triples {
            let similar = embedder.similarity(text, paraphrase)
            let different = embedder.similarity(text, unrelated)
            print(String(format: "paraphrase %.3f  unrelated %.3f  %@", similar, different, text))
            XCTAssertGreaterThan(similar, 0.6, text)
            XCTAssertLessThan(different, 0.2, text)
            XCTAssertGreaterThan(similar, different + 0.4, text)
        }
        XCTAssertEqual(embedder.similarity("Same words here.", "Same words here."), 1, accuracy: 1e-5)
    }

    func testTextWithoutKnownTokensIsTheZeroVector() throws {
        let model = try model()
        for text in ["", "   \n\t", "\u{1F600}\u{1F600}", "[UNK]", "\u{200B}"] {
            XCTAssertEqual(model.embed(text), [Float](repeating: 0, count: 128), text.debugDescription)
        }
        XCTAssertEqual(StaticEmbeddingModel.cosine(model.embed(""), model.embed("hello")), 0)
    }

    func testEmbeddingsAreUnitLength() throws {
        let vector = try model().embed("A perfectly ordinary sentence.")
        XCTAssertEqual(vector.reduce(0) { $0 + $1 * $1 }, 1, accuracy: 1e-5)
    }

    func testCosine() {
        XCTAssertEqual(StaticEmbeddingModel.cosine([1, 0], [0, 1]), 0)
        XCTAssertEqual(StaticEmbeddingModel.cosine([1, 1], [2, 2]), 1, accuracy: 1e-6)
        XCTAssertEqual(StaticEmbeddingModel.cosine([1, 0], [-3, 0]), -1, accuracy: 1e-6)
        XCTAssertEqual(StaticEmbeddingModel.cosine([0, 0], [1, 2]), 0)
    }

    /// A full cache is emptied and refilled without changing any result.
    func testSmallCacheGivesTheSameResults() throws {
        let model = try model()
        let embedder = model.makeEmbedder(cacheLimit: 3)
        for text in ["one two three four five", "five four three two one six", "one two three four five"] {
            XCTAssertEqual(embedder.embed(text), model.embed(text))
            XCTAssertLessThanOrEqual(embedder.cachedChunkCount, 3)
        }
    }

    func testEnvironmentOverrideNamesTheFolder() throws {
        _ = try model()  // loaded before the environment changes, for the other tests
        let folder = NSTemporaryDirectory() + "replay-embedding-missing-\(UUID().uuidString)"
        setenv(StaticEmbeddingModel.modelFolderVariable, folder, 1)
        defer { unsetenv(StaticEmbeddingModel.modelFolderVariable) }
        XCTAssertEqual(try StaticEmbeddingModel.embeddedModelFolder(), folder)
        XCTAssertThrowsError(try StaticEmbeddingModel.embedded()) { error in
            XCTAssertEqual((error as? EmbeddingModelError)?.file, folder)
        }
    }
}

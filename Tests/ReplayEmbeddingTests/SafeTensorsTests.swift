import Foundation
import XCTest
@testable import ReplayEmbedding

/// The safetensors reader, and the errors a broken model folder gives.
final class SafeTensorsTests: XCTestCase {
    /// The bytes of a safetensors file holding `tensors` (name, dtype, shape, raw little-endian data).
    static func safetensors(_ tensors: [(String, String, [Int], [UInt8])]) -> [UInt8] {
        var offset = 0
        var entries: [String] = []
        var data: [UInt8] = []
        for (name, dtype, shape, bytes) in tensors {
            entries.append("\"\(name)\": {\"dtype\": \"\(dtype)\", \"shape\": \(shape), \"data_offsets\": [\(offset), \(offset + bytes.count)]}")
            offset += bytes.count
            data += bytes
        }
        let header = Array("{\"__metadata__\": {\"format\": \"pt\"}, \(entries.joined(separator: ", "))}".utf8)
        var length = UInt64(header.count).littleEndian
        return withUnsafeBytes(of: &length) { Array($0) } + header + data
    }

    static func littleEndian<T: FixedWidthInteger>(_ values: [T]) -> [UInt8] {
        values.flatMap { value -> [UInt8] in
            var little = value.littleEndian
            return withUnsafeBytes(of: &little) { Array($0) }
        }
    }

    func testReadsF32F16AndIntegerTensors() throws {
        let f32 = Self.littleEndian([Float(1.5), -2, 0.25, 1e-3].map(\.bitPattern))
        let f16 = Self.littleEndian([UInt16(0x3C00), 0xC000, 0x3555, 0x0001])
        let i64 = Self.littleEndian([Int64(0), 7, -3])
        let bytes = Self.safetensors([("a", "F32", [2, 2], f32), ("h", "F16", [4], f16), ("m", "I64", [3], i64)])
        let file = try SafeTensors(bytes: bytes, file: "t.safetensors")
        XCTAssertEqual(file.metadata, ["format": "pt"])
        XCTAssertEqual(file.tensors["a"]?.shape, [2, 2])
        XCTAssertEqual(try file.floats("a"), [1.5, -2, 0.25, 1e-3])
        XCTAssertEqual(try file.floats("h"), [1, -2, 0.33325195, 5.9604645e-8])
        XCTAssertEqual(try file.integers("m"), [0, 7, -3])
        XCTAssertThrowsError(try file.integers("a"))
        XCTAssertThrowsError(try file.floats("missing")) { error in
            XCTAssertEqual((error as? EmbeddingModelError)?.file, "t.safetensors")
            XCTAssertTrue("\(error)".contains("has no tensor missing"), "\(error)")
        }
    }

    /// A file on disk is mapped, not copied: it reads the same tensors as its bytes do, and a
    /// truncated or empty file gives the same errors.
    func testAFileIsReadWhereItLies() throws {
        let f16 = Self.littleEndian([UInt16(0x3C00), 0xC000, 0x3555, 0x0001])
        let bytes = Self.safetensors([("h", "F16", [2, 2], f16), ("m", "I64", [1], Self.littleEndian([Int64(5)]))])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("safetensors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("model.safetensors").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let mapped = try SafeTensors(contentsOfFile: path)
        let inMemory = try SafeTensors(bytes: bytes, file: path)
        XCTAssertEqual(try mapped.floats("h"), try inMemory.floats("h"))
        XCTAssertEqual(try mapped.integers("m"), [5])
        XCTAssertEqual(mapped.tensors, inMemory.tensors)

        try Data(bytes.prefix(bytes.count - 3)).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try SafeTensors(contentsOfFile: path)) { XCTAssertTrue("\($0)".contains("truncated"), "\($0)") }
        try Data().write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try SafeTensors(contentsOfFile: path)) { XCTAssertTrue("\($0)".contains("too short"), "\($0)") }
        XCTAssertThrowsError(try SafeTensors(contentsOfFile: folder.appendingPathComponent("none").path)) {
            XCTAssertTrue("\($0)".contains("does not exist"), "\($0)")
        }
    }

    func testHalfPrecisionConversion() {
        XCTAssertEqual(SafeTensors.float(fromHalf: 0x0000), 0)
        XCTAssertEqual(SafeTensors.float(fromHalf: 0x8000).sign, .minus)
        XCTAssertEqual(SafeTensors.float(fromHalf: 0x3C00), 1)
        XCTAssertEqual(SafeTensors.float(fromHalf: 0x7BFF), 65504)
        XCTAssertEqual(SafeTensors.float(fromHalf: 0x0400), 6.1035156e-5)  // smallest normal
        XCTAssertEqual(SafeTensors.float(fromHalf: 0x03FF), 6.0975552e-5)  // largest subnormal
        XCTAssertEqual(SafeTensors.float(fromHalf: 0xFC00), -.infinity)
        XCTAssertTrue(SafeTensors.float(fromHalf: 0x7E00).isNaN)
    }

    func testMalformedFilesAreRejected() {
        let good = Self.safetensors([("a", "F32", [2], Self.littleEndian([UInt32(0), 0]))])
        let cases: [([UInt8], String)] = [
            ([1, 2, 3], "too short"),
            (Array(good.prefix(20)), "truncated"),
            (Array(good.dropLast(1)), "truncated"),
            (Self.safetensors([("a", "F32", [3], Self.littleEndian([UInt32(0), 0]))]), "does not fit"),
            (Self.safetensors([("a", "Q4", [2], [0, 0])]), "unknown dtype"),
            ([2, 0, 0, 0, 0, 0, 0, 0] + Array("{]".utf8), "not JSON"),
        ]
        for (bytes, problem) in cases {
            XCTAssertThrowsError(try SafeTensors(bytes: bytes, file: "x/model.safetensors")) { error in
                XCTAssertEqual((error as? EmbeddingModelError)?.file, "x/model.safetensors")
                XCTAssertTrue("\(error)".contains(problem), "expected \(problem): \(error)")
            }
        }
    }

    /// A copy of the shipped model folder, to break.
    func copyOfShippedModel() throws -> URL {
        let source = URL(fileURLWithPath: try StaticEmbeddingModel.embeddedModelFolder())
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("replay-embedding-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: copy)
        addTeardownBlock { try? FileManager.default.removeItem(at: copy) }
        return copy
    }

    func testTruncatedModelFileIsNamed() throws {
        let folder = try copyOfShippedModel()
        let weights = folder.appendingPathComponent("model.safetensors")
        let bytes = try Data(contentsOf: weights)
        try bytes.prefix(bytes.count / 2).write(to: weights)
        XCTAssertThrowsError(try StaticEmbeddingModel(folder: folder.path)) { error in
            XCTAssertEqual((error as? EmbeddingModelError)?.file, weights.path)
            XCTAssertTrue("\(error)".contains("model.safetensors: not a valid safetensors file"), "\(error)")
            XCTAssertTrue("\(error)".contains("truncated"), "\(error)")
        }
    }

    func testMissingTokenizerIsNamed() throws {
        let folder = try copyOfShippedModel()
        let tokenizer = folder.appendingPathComponent("tokenizer.json")
        try FileManager.default.removeItem(at: tokenizer)
        XCTAssertThrowsError(try StaticEmbeddingModel(folder: folder.path)) { error in
            XCTAssertEqual((error as? EmbeddingModelError)?.file, tokenizer.path)
            XCTAssertEqual("\(error)", "\(tokenizer.path): does not exist")
        }
    }

    func testMismatchedVocabularyIsNamed() throws {
        let folder = try copyOfShippedModel()
        let weights = folder.appendingPathComponent("model.safetensors")
        try Data(Self.safetensors([("embeddings", "F32", [2, 1], Self.littleEndian([UInt32(0), 0]))])).write(to: weights)
        XCTAssertThrowsError(try StaticEmbeddingModel(folder: folder.path)) { error in
            XCTAssertEqual((error as? EmbeddingModelError)?.file, weights.path)
            XCTAssertTrue("\(error)".contains("2 rows for 29525 tokens"), "\(error)")
        }
    }

    /// model2vec's quantized layout: rows shared through `mapping`, scaled by per-token `weights`.
    func testWeightsAndMapping() throws {
        let tokenizerJSON = """
        {"normalizer": null, "pre_tokenizer": {"type": "BertPreTokenizer"},
         "model": {"type": "WordPiece", "unk_token": "[UNK]", "vocab": {"[UNK]": 0, "a": 1, "b": 2, "c": 3}}}
        """
        let tokenizer = try WordPieceTokenizer(json: Data(tokenizerJSON.utf8), file: "tokenizer.json")
        let rows: [Float] = [9, 9, 1, 0, 0, 2]  // three rows of two
        let bytes = Self.safetensors([
            ("embeddings", "F32", [3, 2], Self.littleEndian(rows.map(\.bitPattern))),
            ("mapping", "I64", [4], Self.littleEndian([Int64(0), 1, 2, 1])),
            ("weights", "F32", [4], Self.littleEndian([Float(1), 2, 0.5, 4].map(\.bitPattern))),
        ])
        let model = try StaticEmbeddingModel(
            tokenizer: tokenizer, tensors: SafeTensors(bytes: bytes, file: "m.safetensors"),
            configuration: .init(normalize: false, maxLength: nil))
        // "a" → row 1 × 2 = (2, 0); "b" → row 2 × 0.5 = (0, 1); "c" → row 1 × 4 = (4, 0); "x" unknown, left out.
        XCTAssertEqual(model.embed("a b"), [1, 0.5])
        XCTAssertEqual(model.embed("c x a"), [3, 0])
        XCTAssertEqual(model.embed("x"), [0, 0])
        let limited = try StaticEmbeddingModel(
            tokenizer: tokenizer, tensors: SafeTensors(bytes: bytes, file: "m.safetensors"),
            configuration: .init(normalize: true, maxLength: 1))
        XCTAssertEqual(limited.embed("b a"), [0, 1])  // only the first token counts
    }
}

import Foundation
import XCTest
@testable import ReplayEmbedding

/// The tokenizer against ids that Python's `tokenizers` gave for the shipped tokenizer.json.
final class WordPieceTokenizerTests: XCTestCase {
    func tokenizer() throws -> WordPieceTokenizer { try ShippedModel.load().tokenizer }

    func testMatchesPythonTokenizersOnTrickyText() throws {
        let tokenizer = try tokenizer()
        for (text, expected) in TokenizerFixtures.cases {
            XCTAssertEqual(tokenizer.tokenize(text), expected, "ids of \(text.debugDescription)")
        }
    }

    func testReadsTheShippedTokenizer() throws {
        let tokenizer = try tokenizer()
        XCTAssertEqual(tokenizer.vocabularySize, 29525)
        XCTAssertEqual(tokenizer.unknownTokenID, 1)
        XCTAssertEqual(tokenizer.id(of: "[PAD]"), 0)
        XCTAssertEqual(tokenizer.id(of: "##ing").map { tokenizer.tokens[$0] }, "##ing")
        XCTAssertEqual(tokenizer.continuingSubwordPrefix, "##")
        XCTAssertEqual(tokenizer.maxInputCharactersPerWord, 100)
        XCTAssertEqual(tokenizer.normalization,
                       .init(cleanText: true, handleChineseCharacters: true, stripAccents: true, lowercase: true))
    }

    /// Chunking at whitespace gives the same ids as the words one by one.
    func testWhitespaceOnlySeparates() throws {
        let tokenizer = try tokenizer()
        let words = ["Hello,", "naïve", "wörld!", "中文", "x\u{200B}y", "[UNK]"]
        let separately = words.flatMap { tokenizer.tokenize($0) }
        for separator in [" ", "\t", "\n", "\r\n", "\u{A0}", "\u{3000}", "\u{2028}", "  \u{2003} "] {
            XCTAssertEqual(tokenizer.tokenize(words.joined(separator: separator)), separately, separator.debugDescription)
        }
        // Characters that clean-text removes join the words around them instead.
        XCTAssertEqual(tokenizer.tokenize("ab\u{0B}cd"), tokenizer.tokenize("abcd"))
        XCTAssertEqual(tokenizer.tokenize("ab\u{85}cd"), tokenizer.tokenize("abcd"))
    }

    func testUnsupportedTokenizersAreRejectedNamingTheFile() throws {
        let bpe = #"{"model": {"type": "BPE", "vocab": {"a": 0}}, "pre_tokenizer": {"type": "BertPreTokenizer"}}"#
        XCTAssertThrowsError(try WordPieceTokenizer(json: Data(bpe.utf8), file: "bpe/tokenizer.json")) { error in
            XCTAssertEqual((error as? EmbeddingModelError)?.file, "bpe/tokenizer.json")
            XCTAssertTrue("\(error)".contains("only WordPiece is supported"), "\(error)")
        }
        XCTAssertThrowsError(try WordPieceTokenizer(json: Data("{not json".utf8), file: "bad/tokenizer.json")) { error in
            XCTAssertEqual((error as? EmbeddingModelError)?.file, "bad/tokenizer.json")
        }
    }

    /// A minimal tokenizer.json, to check WordPiece itself on a vocabulary we choose.
    func testGreedyLongestMatchAndUnknownWords() throws {
        let json = """
        {"normalizer": {"type": "BertNormalizer", "lowercase": true},
         "pre_tokenizer": {"type": "BertPreTokenizer"},
         "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                   "max_input_chars_per_word": 10,
                   "vocab": {"[UNK]": 0, "un": 1, "##aff": 2, "##able": 3, "!": 4, "##ab": 5}}}
        """
        let tokenizer = try WordPieceTokenizer(json: Data(json.utf8), file: "mini/tokenizer.json")
        XCTAssertEqual(tokenizer.tokenize("Unaffable!"), [1, 2, 3, 4])
        XCTAssertEqual(tokenizer.tokenize("unab"), [1, 5])
        // No "##a…" token fits after "un": the whole word is [UNK].
        XCTAssertEqual(tokenizer.tokenize("unac!"), [0, 4])
        XCTAssertEqual(tokenizer.tokenize("unaffableab"), [0])  // longer than 10 characters
        XCTAssertEqual(tokenizer.tokenize("  "), [])
    }
}

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

/// The vocabulary scanner (the fast path of reading a tokenizer.json) against JSONSerialization.
final class VocabularyScannerTests: XCTestCase {
    /// The vocabulary by id as JSONSerialization reads it.
    func slowTokens(_ json: Data) throws -> [String] {
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let vocab = try XCTUnwrap((root["model"] as? [String: Any])?["vocab"] as? [String: Any])
        var tokens = [String](repeating: "", count: vocab.count)
        for (token, id) in vocab { tokens[try XCTUnwrap(id as? Int)] = token }
        return tokens
    }

    func testTheShippedVocabularyReadsAsJSONSerializationReadsIt() throws {
        let path = try StaticEmbeddingModel.embeddedModelFolder() + "/tokenizer.json"
        let json = try Data(contentsOf: URL(fileURLWithPath: path))
        let fast = try XCTUnwrap(VocabularyScanner.split(json))
        XCTAssertEqual(fast.tokens, try slowTokens(json))
        // The rest is the whole document with an empty vocabulary.
        let rest = try XCTUnwrap(try JSONSerialization.jsonObject(with: fast.rest) as? [String: Any])
        let whole = try XCTUnwrap(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        XCTAssertEqual(Set(rest.keys), Set(whole.keys))
        XCTAssertEqual(((rest["model"] as? [String: Any])?["vocab"] as? [String: Any])?.count, 0)
        XCTAssertEqual((rest["normalizer"] as? [String: Any])?["type"] as? String, "BertNormalizer")
    }

    func testEscapesAndUnicode() throws {
        let json = #"{"added_tokens":[{"content":"say \"vocab\": {}"}],"model":{"type":"WordPiece","vocab":{ "[UNK]" : 0, "a\"b":1,"\u00e9":2,"\ud83d\ude00":3,"x\/y":4,"tab\t":5,"ü":6,"\\":7 },"unk_token":"[UNK]"}}"#
        let data = Data(json.utf8)
        let fast = try XCTUnwrap(VocabularyScanner.split(data))
        XCTAssertEqual(fast.tokens, ["[UNK]", "a\"b", "é", "😀", "x/y", "tab\t", "ü", "\\"])
        XCTAssertEqual(fast.tokens, try slowTokens(data))
    }

    func testWhatTheScannerDoesNotExpectIsLeftToTheGeneralParser() throws {
        let cases = [
            #"{"model":{"vocab":{"a":0,"b":0}}}"#,       // an id used twice
            #"{"model":{"vocab":{"a":0,"b":5}}}"#,       // an id outside 0..<n
            #"{"model":{"vocab":{"a":0,"a":1}}}"#,       // a token twice
            #"{"model":{"vocab":{"a":0.0}}}"#,           // not an integer
            #"{"model":{"vocab":{"a":01}}}"#,            // a leading zero
            #"{"model":{"vocab":{"\ud800":0}}}"#,        // a lone surrogate
            #"{"model":{"vocab":{"a":0,}}}"#,            // a trailing comma
            #"{"model":{"vocab":[]}}"#,                   // not an object
            #"{"model":{"type":"WordPiece"}}"#,           // no vocabulary
        ]
        for json in cases { XCTAssertNil(VocabularyScanner.split(Data(json.utf8)), json) }
        // ...and the tokenizer still says what is wrong, as before.
        let bad = #"{"model":{"type":"WordPiece","vocab":{"a":0,"b":5}},"pre_tokenizer":{"type":"BertPreTokenizer"}}"#
        XCTAssertThrowsError(try WordPieceTokenizer(json: Data(bad.utf8), file: "t.json")) { error in
            XCTAssertTrue("\(error)".contains("outside 0..<2"), "\(error)")
        }
    }
}

import Foundation

/// A BERT WordPiece tokenizer read from a HuggingFace `tokenizer.json`, giving the same ids as the
/// Python `tokenizers` library's `encode(text, add_special_tokens=False)` (no [CLS]/[SEP], no
/// truncation): the added tokens found verbatim in the text, then BertNormalizer (clean text,
/// spaces around CJK ideographs, NFD and accent stripping, lowercasing), BertPreTokenizer
/// (split on whitespace, punctuation as tokens of its own), and greedy longest-match WordPiece.
///
/// The text is first cut at whitespace into chunks, each tokenized on its own. That gives the same
/// ids as tokenizing the whole text (nothing the tokenizer does crosses whitespace), and lets an
/// ``Embedder`` cache the ids of each chunk. Pure-ASCII chunks take a byte-level path; other
/// chunks go through the Unicode path, which matches `tokenizers`' character classes (see
/// `BertCharacterClasses`).
public struct WordPieceTokenizer: Sendable {
    /// BertNormalizer's options. A `tokenizer.json` without a normalizer has all of them off.
    public struct Normalization: Sendable, Equatable {
        /// Drop control characters, NUL and U+FFFD; turn every whitespace character into a space.
        public var cleanText: Bool
        /// Put spaces around CJK ideographs, so that each is a word of its own.
        public var handleChineseCharacters: Bool
        /// Decompose (NFD) and drop nonspacing marks.
        public var stripAccents: Bool
        /// Lowercase every character (full Unicode lowercase mapping).
        public var lowercase: Bool

        public init(cleanText: Bool, handleChineseCharacters: Bool, stripAccents: Bool, lowercase: Bool) {
            self.cleanText = cleanText
            self.handleChineseCharacters = handleChineseCharacters
            self.stripAccents = stripAccents
            self.lowercase = lowercase
        }
    }

    /// The normalizer's options.
    public let normalization: Normalization
    /// The id of the unknown token, which stands for a word that WordPiece cannot split.
    public let unknownTokenID: Int?
    /// The prefix of a token that continues a word (`##`).
    public let continuingSubwordPrefix: String
    /// A word longer than this (in Unicode scalars) becomes the unknown token.
    public let maxInputCharactersPerWord: Int
    /// The number of ids: one more than the largest.
    public let vocabularySize: Int
    /// Every token, by id.
    public let tokens: [String]

    private let vocabulary: ByteTable
    private let prefixBytes: [UInt8]
    /// Added tokens matched verbatim in the raw text, longest first.
    private let addedTokens: [(bytes: [UInt8], id: Int32)]
    /// Per byte: see `ByteClass`.
    private let byteClasses: [UInt8]
    private let unknownID32: Int32

    /// The classes of a byte in raw text, as bits.
    private enum ByteClass {
        /// An ASCII character that separates chunks (whitespace).
        static let separator: UInt8 = 1
        /// An ASCII character that normalization removes (a control character).
        static let removed: UInt8 = 2
        /// An ASCII punctuation character: a word of its own.
        static let punctuation: UInt8 = 4
        /// An ASCII uppercase letter, lowercased by normalization.
        static let uppercase: UInt8 = 8
        /// A byte that needs the Unicode path: non-ASCII, or the first byte of an added token.
        static let slow: UInt8 = 16
        /// A lead byte of a non-ASCII whitespace character (C2, E1, E2, E3).
        static let maybeSeparator: UInt8 = 32
    }

    /// Reads the tokenizer at `path` (a `tokenizer.json`).
    public init(contentsOfFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw EmbeddingModelError(file: path, problem: exists ? "cannot be read" : "does not exist")
        }
        try self.init(json: data, file: path)
    }

    /// Reads a tokenizer from the text of a `tokenizer.json`; `file` names it in error messages.
    public init(json: Data, file: String) throws {
        // The vocabulary (nearly all of the file) is read by a scanner of its own and the rest by
        // JSONSerialization, which spends most of its time on the vocabulary otherwise; anything
        // the scanner does not expect is read the slow way, which also words the errors.
        if let fast = VocabularyScanner.split(json),
           let root = (try? JSONSerialization.jsonObject(with: fast.rest)) as? [String: Any],
           ((root["model"] as? [String: Any])?["vocab"] as? [String: Any])?.isEmpty == true {
            try self.init(root: root, scannedTokens: fast.tokens, file: file)
            return
        }
        let root: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: json) as? [String: Any] else {
                throw EmbeddingModelError(file: file, problem: "is not a JSON object")
            }
            root = object
        } catch let error as EmbeddingModelError {
            throw error
        } catch {
            throw EmbeddingModelError(file: file, problem: "is not valid JSON (\(error.localizedDescription))")
        }
        try self.init(root: root, scannedTokens: nil, file: file)
    }

    /// `scannedTokens`: the vocabulary by id, when the scanner read it (`model.vocab` is then empty).
    private init(root: [String: Any], scannedTokens: [String]?, file: String) throws {
        func fail(_ problem: String) -> EmbeddingModelError { EmbeddingModelError(file: file, problem: problem) }
        guard let model = root["model"] as? [String: Any] else { throw fail("has no \"model\" object") }
        guard (model["type"] as? String) == "WordPiece" else {
            throw fail("has a \(model["type"] as? String ?? "untyped") model; only WordPiece is supported")
        }
        guard let vocab = model["vocab"] as? [String: Any], scannedTokens != nil || !vocab.isEmpty else {
            throw fail("has no WordPiece vocabulary (model.vocab)")
        }

        // The normalizer.
        if let normalizer = root["normalizer"] as? [String: Any] {
            guard (normalizer["type"] as? String) == "BertNormalizer" else {
                throw fail("has a \(normalizer["type"] as? String ?? "untyped") normalizer; only BertNormalizer is supported")
            }
            let lowercase = normalizer["lowercase"] as? Bool ?? true
            normalization = Normalization(
                cleanText: normalizer["clean_text"] as? Bool ?? true,
                handleChineseCharacters: normalizer["handle_chinese_chars"] as? Bool ?? true,
                // `null` (or absent) strip_accents follows lowercase, as in BERT.
                stripAccents: normalizer["strip_accents"] as? Bool ?? lowercase,
                lowercase: lowercase)
        } else {
            normalization = Normalization(cleanText: false, handleChineseCharacters: false, stripAccents: false, lowercase: false)
        }
        guard let preTokenizer = root["pre_tokenizer"] as? [String: Any],
              (preTokenizer["type"] as? String) == "BertPreTokenizer"
        else {
            let type = (root["pre_tokenizer"] as? [String: Any])?["type"] as? String ?? "no"
            throw fail("has \(type) pre-tokenizer; only BertPreTokenizer is supported")
        }

        // The vocabulary, by id. Ids must be 0..<n, each used once.
        var tokens: [String?] = scannedTokens.map { $0.map { Optional($0) } } ?? Array(repeating: nil, count: vocab.count)
        for (token, value) in vocab {
            guard let id = value as? Int, id >= 0, id < vocab.count else {
                throw fail("gives token \(token.debugDescription) the id \(value), outside 0..<\(vocab.count)")
            }
            guard tokens[id] == nil else {
                throw fail("gives the id \(id) to two tokens, \(tokens[id]!.debugDescription) and \(token.debugDescription)")
            }
            tokens[id] = token
        }
        self.tokens = tokens.map { $0! }
        vocabularySize = tokens.count
        var table = ByteTable(minimumCapacity: tokens.count)
        for (id, token) in self.tokens.enumerated() {
            var bytes = Array(token.utf8)
            bytes.withUnsafeMutableBufferPointer { key in
                let key = UnsafeBufferPointer(key)
                let hash = ByteTable.hash(key)
                if table.find(key, hash: hash) == nil {
                    var value = Int32(id)
                    _ = withUnsafePointer(to: &value) { table.insert(key, hash: hash, values: UnsafeBufferPointer(start: $0, count: 1)) }
                }
            }
        }
        vocabulary = table

        let unknown = Array((model["unk_token"] as? String ?? "[UNK]").utf8)
        unknownTokenID = unknown.withUnsafeBufferPointer { key in
            table.find(key, hash: ByteTable.hash(key)).map { Int(table.first($0)) }
        }
        unknownID32 = unknownTokenID.map { Int32($0) } ?? -1
        continuingSubwordPrefix = model["continuing_subword_prefix"] as? String ?? "##"
        prefixBytes = Array(continuingSubwordPrefix.utf8)
        maxInputCharactersPerWord = model["max_input_chars_per_word"] as? Int ?? 100

        // Added tokens: matched verbatim in the raw text before normalization.
        var added: [(bytes: [UInt8], id: Int32)] = []
        for case let entry as [String: Any] in root["added_tokens"] as? [Any] ?? [] {
            guard let content = entry["content"] as? String, !content.isEmpty, let id = entry["id"] as? Int else {
                throw fail("has an added token without content or id")
            }
            for option in ["normalized", "lstrip", "rstrip", "single_word"] where entry[option] as? Bool == true {
                throw fail("has the added token \(content.debugDescription) with \(option)=true, which is not supported")
            }
            guard !content.unicodeScalars.contains(where: { BertCharacterClasses.isWhitespace($0.value) }) else {
                throw fail("has the added token \(content.debugDescription) containing whitespace, which is not supported")
            }
            added.append((Array(content.utf8), Int32(id)))
        }
        addedTokens = added.sorted { $0.bytes.count > $1.bytes.count }

        var classes = [UInt8](repeating: 0, count: 256)
        for byte in 0..<256 {
            var bits: UInt8 = 0
            let scalar = Unicode.Scalar(UInt8(byte))
            if byte >= 0x80 {
                bits |= ByteClass.slow
                if byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 { bits |= ByteClass.maybeSeparator }
            } else if BertCharacterClasses.isWhitespace(UInt32(byte))
                        && !(normalization.cleanText && BertCharacterClasses.isControl(scalar)) {
                bits |= ByteClass.separator
            } else if normalization.cleanText && (byte == 0 || BertCharacterClasses.isControl(scalar)) {
                bits |= ByteClass.removed
            } else if BertCharacterClasses.isPunctuation(scalar) {
                bits |= ByteClass.punctuation
            } else if normalization.lowercase && (0x41...0x5A).contains(byte) {
                bits |= ByteClass.uppercase
            }
            classes[byte] = bits
        }
        for token in addedTokens { classes[Int(token.bytes[0])] |= ByteClass.slow }
        byteClasses = classes
    }

    /// The id of a token of the vocabulary (compared byte for byte), or nil.
    public func id(of token: String) -> Int? {
        var bytes = Array(token.utf8)
        return bytes.withUnsafeMutableBufferPointer { key in
            let key = UnsafeBufferPointer(key)
            return vocabulary.find(key, hash: ByteTable.hash(key)).map { Int(vocabulary.first($0)) }
        }
    }

    /// The ids of `text`, as `tokenizers` gives them for `encode(text, add_special_tokens=False)`:
    /// no special tokens added, no truncation, unknown tokens kept.
    public func tokenize(_ text: String) -> [Int] {
        var text = text
        var ids: [Int32] = []
        text.withUTF8 { utf8 in
            var position = 0
            while let chunk = nextChunk(utf8, from: &position) {
                appendTokens(ofChunk: UnsafeBufferPointer(rebasing: utf8[chunk]), to: &ids)
            }
        }
        return ids.map { Int($0) }
    }

    // MARK: - Chunks

    /// The next chunk of `text` at or after `position` (a run of characters between whitespace),
    /// moving `position` past it; nil at the end. Whitespace is the pre-tokenizer's (White_Space),
    /// less what clean-text removes as control characters (U+000B, U+000C, U+0085).
    @inline(__always)
    func nextChunk(_ text: UnsafeBufferPointer<UInt8>, from position: inout Int) -> Range<Int>? {
        let count = text.count
        var index = position
        while index < count {
            let width = separatorWidth(text, at: index)
            if width == 0 { break }
            index += width
        }
        guard index < count else {
            position = count
            return nil
        }
        let start = index
        index += 1
        while index < count {
            let classes = byteClasses[Int(text[index])]
            if classes & (ByteClass.separator | ByteClass.maybeSeparator) != 0, separatorWidth(text, at: index) != 0 { break }
            index += 1
        }
        position = index
        return start..<index
    }

    /// The length in bytes of the whitespace character at `index`, or 0 if there is none there.
    @inline(__always)
    private func separatorWidth(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = text[index]
        let classes = byteClasses[Int(byte)]
        if classes & ByteClass.separator != 0 { return 1 }
        guard classes & ByteClass.maybeSeparator != 0 else { return 0 }
        // Decode the two- or three-byte character (whitespace is all below U+10000).
        if byte == 0xC2 {
            guard index + 1 < text.count else { return 0 }
            let value = UInt32(text[index + 1] & 0x3F) | 0x80
            if value == 0xA0 || (value == 0x85 && !normalization.cleanText) { return 2 }
            return 0
        }
        guard index + 2 < text.count else { return 0 }
        let value = (UInt32(byte & 0x0F) << 12) | (UInt32(text[index + 1] & 0x3F) << 6) | UInt32(text[index + 2] & 0x3F)
        return BertCharacterClasses.isWhitespace(value) ? 3 : 0
    }

    // MARK: - Tokenizing a chunk

    /// Appends the ids of one chunk (no whitespace in it) to `ids`.
    func appendTokens(ofChunk chunk: UnsafeBufferPointer<UInt8>, to ids: inout [Int32]) {
        var needsUnicode = false
        for byte in chunk where byteClasses[Int(byte)] & ByteClass.slow != 0 {
            needsUnicode = true
            break
        }
        if needsUnicode {
            appendUnicodeTokens(ofChunk: chunk, to: &ids)
        } else {
            appendASCIITokens(ofChunk: chunk, to: &ids)
        }
    }

    /// The byte-level path for a pure-ASCII chunk with no added token in it.
    private func appendASCIITokens(ofChunk chunk: UnsafeBufferPointer<UInt8>, to ids: inout [Int32]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: chunk.count) { word in
            var length = 0
            for byte in chunk {
                let classes = byteClasses[Int(byte)]
                if classes & ByteClass.removed != 0 { continue }
                if classes & ByteClass.punctuation != 0 {
                    if length > 0 {
                        appendWordPieces(UnsafeBufferPointer(rebasing: word[0..<length]), scalarCount: length, to: &ids)
                        length = 0
                    }
                    var punctuation = byte
                    withUnsafePointer(to: &punctuation) {
                        appendWordPieces(UnsafeBufferPointer(start: $0, count: 1), scalarCount: 1, to: &ids)
                    }
                    continue
                }
                word[length] = classes & ByteClass.uppercase != 0 ? byte | 0x20 : byte
                length += 1
            }
            if length > 0 {
                appendWordPieces(UnsafeBufferPointer(rebasing: word[0..<length]), scalarCount: length, to: &ids)
            }
        }
    }

    /// The Unicode path: added tokens, then normalization, pre-tokenization and WordPiece.
    private func appendUnicodeTokens(ofChunk chunk: UnsafeBufferPointer<UInt8>, to ids: inout [Int32]) {
        var segmentStart = 0
        var index = 0
        while index < chunk.count {
            if let token = addedToken(in: chunk, at: index) {
                if segmentStart < index {
                    appendNormalizedTokens(of: UnsafeBufferPointer(rebasing: chunk[segmentStart..<index]), to: &ids)
                }
                ids.append(token.id)
                index += token.bytes.count
                segmentStart = index
            } else {
                index += 1
            }
        }
        if segmentStart < chunk.count {
            appendNormalizedTokens(of: UnsafeBufferPointer(rebasing: chunk[segmentStart..<chunk.count]), to: &ids)
        }
    }

    /// The longest added token that starts at `index` of `chunk`, if any.
    private func addedToken(in chunk: UnsafeBufferPointer<UInt8>, at index: Int) -> (bytes: [UInt8], id: Int32)? {
        guard !addedTokens.isEmpty, byteClasses[Int(chunk[index])] & ByteClass.slow != 0 else { return nil }
        for token in addedTokens where token.bytes.count <= chunk.count - index {
            var matches = true
            for offset in 0..<token.bytes.count where chunk[index + offset] != token.bytes[offset] {
                matches = false
                break
            }
            if matches { return token }
        }
        return nil
    }

    /// Normalizes a piece of raw text, splits it into words and appends their WordPiece ids.
    private func appendNormalizedTokens(of raw: UnsafeBufferPointer<UInt8>, to ids: inout [Int32]) {
        let scalars = normalized(raw)

        // BertPreTokenizer: whitespace splits words; punctuation is a word of its own.
        var word: [UInt8] = []
        var wordScalars = 0
        func flush() {
            if wordScalars > 0 {
                word.withUnsafeBufferPointer { appendWordPieces($0, scalarCount: wordScalars, to: &ids) }
            }
            word.removeAll(keepingCapacity: true)
            wordScalars = 0
        }
        for scalar in scalars {
            if BertCharacterClasses.isWhitespace(scalar.value) {
                flush()
            } else if BertCharacterClasses.isPunctuation(scalar) {
                flush()
                UTF8.encode(scalar) { word.append($0) }
                wordScalars = 1
                flush()
            } else {
                UTF8.encode(scalar) { word.append($0) }
                wordScalars += 1
            }
        }
        flush()
    }

    /// BertNormalizer on a piece of raw text (UTF-8): clean text, CJK spacing, NFD and accent
    /// stripping, lowercasing, as the options say.
    func normalized(_ raw: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        let options = normalization
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(raw.count + 2)
        var needsDecomposition = false
        for scalar in String(decoding: raw, as: UTF8.self).unicodeScalars {
            if options.cleanText {
                if scalar.value == 0 || scalar.value == 0xFFFD || BertCharacterClasses.isControl(scalar) { continue }
                if BertCharacterClasses.isWhitespace(scalar.value) {
                    scalars.append(" ")
                    continue
                }
            }
            if options.handleChineseCharacters && BertCharacterClasses.isChineseCharacter(scalar.value) {
                scalars.append(" ")
                scalars.append(scalar)
                scalars.append(" ")
                // CJK compatibility ideographs decompose to unified ones.
                needsDecomposition = needsDecomposition || scalar.value >= 0xF900
                continue
            }
            if scalar.value >= 0xC0 { needsDecomposition = true }
            scalars.append(scalar)
        }
        if options.stripAccents && needsDecomposition {
            scalars = Self.decomposed(scalars)
        }
        if options.stripAccents {
            scalars.removeAll(where: BertCharacterClasses.isNonspacingMark)
        }
        if options.lowercase {
            var lowered: [Unicode.Scalar] = []
            lowered.reserveCapacity(scalars.count)
            for scalar in scalars {
                if scalar.value < 0x80 {
                    lowered.append((0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar)
                } else {
                    lowered.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            }
            scalars = lowered
        }
        return scalars
    }

    /// NFD, as `tokenizers` computes it: its normalization data predates Unicode 13, so a
    /// character assigned since (U+11938, the first of them with a decomposition) is left as it is,
    /// and nothing is reordered across it.
    private static func decomposed(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count + 4)
        var run = String.UnicodeScalarView()
        func flush() {
            guard !run.isEmpty else { return }
            result.append(contentsOf: String(run).decomposedStringWithCanonicalMapping.unicodeScalars)
            run = String.UnicodeScalarView()
        }
        for scalar in scalars {
            if scalar.value >= 0x80, let age = scalar.properties.age, age.major >= 13 {
                flush()
                result.append(scalar)
            } else {
                run.append(scalar)
            }
        }
        flush()
        return result
    }

    // MARK: - WordPiece

    /// Appends the WordPiece ids of one word (UTF-8, `scalarCount` characters): the longest
    /// vocabulary token at the start, then the longest `##`-token at each next position; the
    /// unknown token for the whole word when some position has none, or when the word is too long.
    private func appendWordPieces(_ word: UnsafeBufferPointer<UInt8>, scalarCount: Int, to ids: inout [Int32]) {
        if scalarCount > maxInputCharactersPerWord {
            if unknownID32 >= 0 { ids.append(unknownID32) }
            return
        }
        let firstNew = ids.count
        let prefixLength = prefixBytes.count
        // The key of a continuing piece: the prefix, then the piece (copied in at each try).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefixLength + word.count) { key in
            _ = key.initialize(from: prefixBytes)
            var start = 0
            while start < word.count {
                var end = word.count
                var found: Int32 = -1
                while end > start {
                    let candidate: UnsafeBufferPointer<UInt8>
                    if start == 0 {
                        candidate = UnsafeBufferPointer(rebasing: word[0..<end])
                    } else {
                        let piece = UnsafeBufferPointer(rebasing: word[start..<end])
                        _ = UnsafeMutableBufferPointer(rebasing: key[prefixLength...]).initialize(from: piece)
                        candidate = UnsafeBufferPointer(rebasing: key[0..<(prefixLength + piece.count)])
                    }
                    if let hit = vocabulary.find(candidate, hash: ByteTable.hash(candidate)) {
                        found = vocabulary.first(hit)
                        break
                    }
                    // Step back one character (skip UTF-8 continuation bytes).
                    end -= 1
                    while end > start && word[end] & 0xC0 == 0x80 { end -= 1 }
                }
                if found < 0 {
                    ids.removeSubrange(firstNew...)
                    if unknownID32 >= 0 { ids.append(unknownID32) }
                    return
                }
                ids.append(found)
                start = end
            }
        }
    }
}

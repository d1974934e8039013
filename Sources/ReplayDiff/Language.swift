/// The language an answer is written in: the script of its letters, and for Latin script the
/// language whose common words it uses most. Good enough to notice an answer switching language;
/// nil when the text is too short or mixed to tell.
public enum Language {
    /// `words`: the text's `Words.hashes`, when the caller has them already.
    public static func detect(_ text: String, words: [UInt64]? = nil) -> String? {
        var counts: [String: Int] = [:]
        var letters = 0
        var latin = 0
        // ASCII letters by byte; the first byte of anything else hands over to the scalars.
        let asciiEnd = text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            var n = 0
            while n < bytes.count, bytes[n] < 0x80 {
                let b = bytes[n] | 0x20
                if b >= 0x61 && b <= 0x7A { latin += 1 }
                n += 1
            }
            return n
        } ?? 0
        letters = latin
        if asciiEnd < text.utf8.count {
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: asciiEnd)
            for s in text.unicodeScalars[start...] {
                let v = s.value
                if v < 0x80 {
                    if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { letters += 1; latin += 1 }
                    continue
                }
                guard s.properties.isAlphabetic else { continue }
                letters += 1
                if let script = script(v) { counts[script, default: 0] += 1 }
            }
        }
        guard letters >= 12 else { return nil }
        // Only Latin letters (all of an English answer): no script to weigh.
        if counts.isEmpty, latin == letters { return latinLanguage(words ?? Words.hashes(text)) }
        if latin > 0 { counts["latin", default: 0] += latin }
        if let kana = counts["ja"], kana * 10 >= letters { return "ja" }
        let top = counts.max { $0.value < $1.value }
        if let top, top.key != "latin", top.value * 2 >= letters { return top.key }
        guard (counts["latin"] ?? 0) * 2 >= letters else { return top?.key }
        return latinLanguage(words ?? Words.hashes(text))
    }

    static func script(_ v: UInt32) -> String? {
        switch v {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return "latin"
        case 0x370...0x3FF: return "el"
        case 0x400...0x4FF: return "cyrillic"
        case 0x590...0x5FF: return "he"
        case 0x600...0x6FF, 0x750...0x77F: return "ar"
        case 0x900...0x97F: return "hi"
        case 0xE00...0xE7F: return "th"
        case 0x3040...0x30FF: return "ja"
        case 0xAC00...0xD7AF, 0x1100...0x11FF: return "ko"
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: return "zh"
        default: return nil
        }
    }

    static let stopwords: [String: Set<String>] = [
        "en": ["the", "and", "is", "are", "to", "of", "you", "your", "it", "that", "this", "for", "with", "be", "can", "will", "have", "not", "we", "on"],
        "es": ["el", "la", "los", "las", "de", "que", "y", "es", "en", "un", "una", "por", "para", "con", "su", "no", "se", "lo", "del", "puede"],
        "fr": ["le", "la", "les", "de", "des", "et", "est", "un", "une", "pour", "que", "qui", "dans", "vous", "votre", "pas", "sur", "avec", "ce", "du"],
        "de": ["der", "die", "das", "und", "ist", "nicht", "sie", "ich", "zu", "mit", "ein", "eine", "den", "für", "auf", "es", "im", "dem", "wir", "ihre"],
        "it": ["il", "la", "di", "che", "e", "è", "per", "un", "una", "non", "con", "sono", "del", "della", "le", "gli", "si", "lo", "ci", "al"],
        "pt": ["o", "a", "os", "as", "de", "que", "e", "é", "um", "uma", "para", "com", "não", "do", "da", "em", "por", "seu", "sua", "você"],
        "nl": ["de", "het", "een", "en", "is", "van", "dat", "niet", "je", "u", "op", "te", "met", "voor", "zijn", "er", "ook", "uw", "wij", "kunt"],
    ]

    /// The Latin-script languages, in a fixed order (their index is their bit in `stopwordHashes`).
    static let latinLanguages = stopwords.keys.sorted()

    /// Each stopword's hash (as `Words.hashes` computes it) with the languages that use it, one
    /// bit per language of `latinLanguages`.
    static let stopwordHashes: [UInt64: UInt8] = {
        var table: [UInt64: UInt8] = [:]
        for (bit, language) in latinLanguages.enumerated() {
            for word in stopwords[language]! { for h in Words.hashes(word) { table[h, default: 0] |= 1 << UInt8(bit) } }
        }
        return table
    }()

    static func latinLanguage(_ words: [UInt64]) -> String? {
        guard words.count >= 4 else { return nil }
        var scores = [Int](repeating: 0, count: latinLanguages.count)
        for h in words {
            guard var bits = stopwordHashes[h] else { continue }
            while bits != 0 {
                scores[bits.trailingZeroBitCount] += 1
                bits &= bits - 1
            }
        }
        // The highest score, ties to the alphabetically first language.
        var best = 0, second = 0
        for n in 1..<scores.count where scores[n] > scores[best] { best = n }
        for n in scores.indices where n != best && scores[n] > second { second = scores[n] }
        guard scores[best] >= 2 else { return nil }
        // Too close to call.
        if second * 10 > scores[best] * 7 { return nil }
        return latinLanguages[best]
    }
}

/// Facts an answer states that can be checked against where they could have come from: URLs,
/// e-mail addresses, numbers, dates and names (capitalized word sequences, heuristically).
public struct Entity: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, CaseIterable { case url, email, number, date, name }
    public let kind: Kind
    /// As written.
    public let text: String
    /// The form two mentions are compared by (lowercased; numbers without grouping or currency).
    public let key: String

    /// Kind and key in one string: two mentions of the same fact have the same id.
    public var id: String { Entity.id(kind, key) }

    static func id(_ kind: Kind, _ key: String) -> String { kind.rawValue + ":" + key }
}

public enum Entities {
    /// The entities of a text, in order of appearance, each once.
    public static func extract(_ text: String, language: (() -> String?)? = nil) -> [Entity] {
        // German capitalizes every noun: capitalized words say nothing about names there (asked
        // only once a capitalized word comes up).
        var germanChecked: Bool? = nil
        func namesMeanSomething() -> Bool {
            if let known = germanChecked { return !known }
            let german = (language?() ?? Language.detect(text)) == "de"
            germanChecked = german
            return !german
        }
        var found: [Entity] = []
        // Each fact once: a text states a few, so they are looked up in `found` until there are
        // many (building an id string per mention cost more than the lookups).
        var seen: Set<String>? = nil
        func add(_ kind: Entity.Kind, _ raw: Substring, key: String) {
            if seen == nil {
                if found.contains(where: { $0.kind == kind && $0.key == key }) { return }
                if found.count >= 16 { seen = Set(found.map(\.id)) }
            }
            if seen != nil, !seen!.insert(Entity.id(kind, key)).inserted { return }
            found.append(Entity(kind: kind, text: String(raw), key: key))
        }
        let tt = TokenizedText(text)
        let count = tt.count
        @inline(__always) func isSpaceToken(_ k: Int) -> Bool { tt[k].kind == .space }
        @inline(__always) func isSingleSpace(_ k: Int) -> Bool { tt[k].isByte(0x20) }
        // Words the text also writes in lowercase are ordinary words when they start a sentence
        // (collected the first time a sentence starts with a capitalized word).
        var lowercaseWordsCache: Set<UInt64>? = nil
        func lowercaseWords() -> Set<UInt64> {
            if let known = lowercaseWordsCache { return known }
            var words = Set<UInt64>()
            for k in 0..<count where tt[k].first.value >= 0x61 && tt[k].first.value <= 0x7A { words.insert(Words.hash(tt.text(k))) }
            lowercaseWordsCache = words
            return words
        }
        // Space-delimited runs that may be a URL or an e-mail address, by their first token.
        var runEnds = [Int](repeating: 0, count: count)
        var k = 0
        while k < count {
            guard !isSpaceToken(k) else { k += 1; continue }
            var j = k
            var hasAt = false
            while j < count, !isSpaceToken(j) {
                if tt[j].first == "@" { hasAt = true }
                j += 1
            }
            if j - k >= 3, hasAt || looksLikeURLStart(tt.bytes, at: tt[k].start) { runEnds[k] = j }
            k = max(j, k + 1)
        }
        var i = 0
        var sentenceStart = true
        var lineStart = true
        var inHeading = false
        while i < count {
            let tok = tt[i]
            // URLs and e-mail addresses: the tokens up to the next space.
            if runEnds[i] > 0 {
                let end = runEnds[i], raw = tt.span(i, end)
                if isURL(raw) {
                    let trimmed = trimTrailingPunctuation(raw)
                    add(.url, trimmed, key: urlKey(trimmed))
                    i = end; sentenceStart = false; lineStart = false
                    continue
                }
                if let email = emailIn(raw) {
                    add(.email, email, key: email.lowercased())
                    i = end; sentenceStart = false; lineStart = false
                    continue
                }
            }
            let first = tok.first
            if tok.kind == .space {
                if tt.contains(i, byte: 0x0A) { lineStart = true; sentenceStart = true; inHeading = false }
                i += 1
                continue
            }
            if lineStart, tok.isByte(0x23) { inHeading = true }
            if isDigit(first) {
                // A list marker ("1. ") is not a fact.
                if lineStart, i + 1 < count, tt[i + 1].isByte(0x2E) || tt[i + 1].isByte(0x29), i + 2 >= count || isSpaceToken(i + 2) {
                    i += 2; lineStart = false; sentenceStart = true
                    continue
                }
                let (end, raw) = number(tt, from: i)
                // A day and a month ("29 November 2026") make a date.
                if let (dateEnd, date) = dateAfterDay(tt, from: end, day: raw) {
                    add(.date, date, key: date.lowercased())
                    i = dateEnd
                } else {
                    add(.number, raw, key: numberKey(raw))
                    i = end
                }
                sentenceStart = false; lineStart = false
                continue
            }
            if tok.kind == .word {
                let capitalized = isCapitalized(tt, i)
                if capitalized, let month = monthName(tt, i), let (end, date) = dateAfterMonth(tt, from: i, month: month) {
                    add(.date, date, key: date.lowercased())
                    i = end; sentenceStart = false; lineStart = false
                    continue
                }
                if capitalized && !inHeading && namesMeanSomething() {
                    var words: [Substring] = [tt.text(i)]
                    var j = i + 1
                    while j + 1 < count, isSingleSpace(j), isCapitalized(tt, j + 1) || (isConnector(tt, j + 1)
                            && j + 3 < count && isSingleSpace(j + 2) && isCapitalized(tt, j + 3)) {
                        words.append(tt.text(j + 1))
                        j += 2
                    }
                    while let last = words.last, isConnector(last) { words.removeLast() }
                    var nameWords = words
                    if sentenceStart, let head = nameWords.first,
                       nameWords.count == 1 || commonStarters.contains(head.lowercased()) || lowercaseWords().contains(Words.hash(head)) {
                        nameWords.removeFirst()
                    }
                    nameWords = nameWords.filter { !stopNames.contains($0.lowercased()) || nameWords.count > 1 }
                    if !nameWords.isEmpty, !(nameWords.count == 1 && stopNames.contains(nameWords[0].lowercased())) {
                        let name = nameWords.joined(separator: " ")
                        add(.name, Substring(name), key: name.lowercased())
                    }
                    i = j; sentenceStart = false; lineStart = false
                    continue
                }
                sentenceStart = false; lineStart = false
                i += 1
                continue
            }
            // Punctuation.
            let byte = tok.byteCount == 1 ? UInt8(first.value) : 0
            switch byte {
            case 0x2E, 0x21, 0x3F, 0x3A, 0x7C: sentenceStart = true                  // . ! ? : |
            case 0x2D, 0x2B, 0x3E, 0x23: if lineStart { sentenceStart = true } else { sentenceStart = false }  // - + > #
            case 0x2A: if lineStart { sentenceStart = true }                          // *
            case 0x22, 0x28, 0x27, 0x5F: break                                        // " ( ' _
            default: if first == "。" { sentenceStart = true } else if first != "“" { sentenceStart = false }
            }
            i += 1
        }
        return found
    }

    /// Whether token `i` is a capitalized word: `isCapitalized` of its text (a word token holds
    /// only word scalars and inner apostrophes, so its first scalar decides).
    @inline(__always)
    static func isCapitalized(_ tt: TokenizedText, _ i: Int) -> Bool {
        let t = tt[i]
        guard t.kind == .word, t.byteCount >= 2 else { return false }
        let v = t.first.value
        return v < 0x80 ? (v >= 0x41 && v <= 0x5A) : t.first.properties.isUppercase
    }

    @inline(__always)
    static func isConnector(_ tt: TokenizedText, _ i: Int) -> Bool { tt[i].byteCount <= 3 && isConnector(tt.text(i)) }

    /// The month token `i` names: only tokens of 3 to 9 bytes starting with one of "jfmasond"
    /// are read.
    static func monthName(_ tt: TokenizedText, _ i: Int) -> String? {
        let t = tt[i]
        guard t.byteCount >= 3, t.byteCount <= 9 else { return nil }
        switch t.first.value | 0x20 {
        case 0x6A, 0x66, 0x6D, 0x61, 0x73, 0x6F, 0x6E, 0x64: return monthName(tt.text(i))
        default: return nil
        }
    }

    /// "of", "de", "van", "&"…: words that join the parts of a name.
    @inline(__always)
    static func isConnector(_ t: Substring) -> Bool { t.utf8.count <= 3 && connectorBytes.contains { $0.elementsEqual(t.utf8) } }

    static let connectorBytes = connectors.map { Array($0.utf8) }

    // MARK: Pieces

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// `http`, `www.`, `(http` or `<http`, in any case, at `offset`.
    static func looksLikeURLStart(_ bytes: [UInt8], at offset: Int) -> Bool {
        var p = offset
        func next() -> UInt8 {
            guard p < bytes.count else { return 0 }
            defer { p += 1 }
            let b = bytes[p]
            return b >= 0x41 && b <= 0x5A ? b + 32 : b
        }
        var a = next()
        if a == 0x28 || a == 0x3C { a = next() }
        let b = next(), c = next(), d = next()
        return (a == 0x68 && b == 0x74 && c == 0x74 && d == 0x70) || (a == 0x77 && b == 0x77 && c == 0x77 && d == 0x2E)
    }

    static func isURL(_ s: Substring) -> Bool {
        let lower = s.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
            || lower.hasPrefix("(http") || lower.hasPrefix("<http")
    }

    static func trimTrailingPunctuation(_ s: Substring) -> Substring {
        var s = s
        while let f = s.first, "(<[\"'".contains(f) { s = s.dropFirst() }
        while let l = s.last, ".,;:!?)]>\"'*".contains(l) { s = s.dropLast() }
        return s
    }

    static func urlKey(_ url: Substring) -> String {
        var k = url.lowercased()
        for prefix in ["https://", "http://"] where k.hasPrefix(prefix) { k.removeFirst(prefix.count) }
        if k.hasPrefix("www.") { k.removeFirst(4) }
        while k.hasSuffix("/") { k.removeLast() }
        return k
    }

    static func emailIn(_ raw: Substring) -> Substring? {
        let s = trimTrailingPunctuation(raw)
        guard let at = s.firstIndex(of: "@"), at != s.startIndex else { return nil }
        let local = s[..<at], domain = s[s.index(after: at)...]
        let localOK = local.allSatisfy { $0.isLetter || $0.isNumber || "._%+-".contains($0) }
        let domainOK = domain.contains("." as Character) && !domain.hasSuffix(".") && domain.allSatisfy { $0.isLetter || $0.isNumber || ".-".contains($0) }
        return localOK && domainOK ? s : nil
    }

    /// A number with its grouping, decimals, currency and unit: `$1,200.50`, `15%`, `10:30`, `2026-11-29`.
    static func number(_ tt: TokenizedText, from i: Int) -> (Int, Substring) {
        var j = i + 1
        while j + 1 < tt.count, tt[j].byteCount == 1, [0x2C, 0x2E, 0x3A, 0x2F, 0x2D].contains(tt[j].first.value), isDigit(tt[j + 1].first) {
            j += 2
        }
        var start = i
        if i > 0, tt[i - 1].kind == .other, ["$", "€", "£", "¥"].contains(tt[i - 1].first) { start = i - 1 }
        if j < tt.count, tt[j].isByte(0x25) { j += 1 }
        return (j, tt.span(start, j))
    }

    static func numberKey(_ raw: Substring) -> String {
        // Digits and separators are ASCII: drop grouping commas and currency signs byte by byte.
        var k: [UInt8] = []
        k.reserveCapacity(raw.utf8.count)
        var dot = false, other = false
        for b in raw.utf8 where b < 0x80 && b != 0x2C && b != 0x24 {
            if b == 0x2E { dot = true } else if b == 0x3A || b == 0x2D || b == 0x2F { other = true }
            k.append(b)
        }
        if dot && !other {
            while k.last == 0x30 { k.removeLast() }
            if k.last == 0x2E { k.removeLast() }
        }
        return String(decoding: k, as: UTF8.self)
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december"]

    static func monthName(_ t: Substring) -> String? {
        // Most words that get here are not months: an ASCII word is compared byte by byte against
        // the names (a full name, its first three letters, or "sept") without lowercasing a copy.
        if t.utf8.allSatisfy({ $0 < 0x80 }) {
            let count = t.utf8.count
            func starts(_ name: [UInt8]) -> Bool {
                count <= name.count && zip(t.utf8, name).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0) == $1 }
            }
            // No month is the start of an earlier one, so the first whose start the word is decides.
            let abbreviation = count == 3 || (count == 4 && starts(monthBytes[8]))  // "sept"
            for (n, name) in monthBytes.enumerated() where starts(name) {
                if count == name.count { return months[n] }
                if abbreviation { return n != 4 || t.first == "M" ? months[n] : nil }  // "may" whole is a name, not an abbreviation
            }
            return nil
        }
        let lower = t.lowercased()
        if months.contains(lower) { return lower }
        if lower.count == 3 || lower == "sept", let m = months.first(where: { $0.hasPrefix(lower) }), lower != "may" || t.first == "M" {
            return m
        }
        return nil
    }

    static let monthBytes = months.map { Array($0.utf8) }

    /// "November 29", "Nov 29, 2026".
    static func dateAfterMonth(_ tt: TokenizedText, from i: Int, month: String) -> (Int, Substring)? {
        guard isCapitalized(tt, i) else { return nil }
        var j = i + 1
        if j < tt.count, tt[j].isByte(0x2E) { j += 1 }
        guard j + 1 < tt.count, tt[j].isByte(0x20), isDigit(tt[j + 1].first) else { return nil }
        j += 2
        if j + 2 < tt.count, tt[j].isByte(0x2C), tt[j + 1].isByte(0x20), isYear(tt.text(j + 2)) { j += 3 }
        return (j, tt.span(i, j))
    }

    /// "29 November 2026" (after a day number ending at token `j`).
    static func dateAfterDay(_ tt: TokenizedText, from j: Int, day: Substring) -> (Int, Substring)? {
        guard day.count <= 2, j + 1 < tt.count, tt[j].isByte(0x20), isCapitalized(tt, j + 1), monthName(tt, j + 1) != nil else { return nil }
        var end = j + 2
        if end + 1 < tt.count, tt[end].isByte(0x20), isYear(tt.text(end + 1)) { end += 2 }
        return (end, tt.text[day.startIndex..<tt.index(tt[end - 1].end)])
    }

    /// Four numerals.
    static func isYear(_ t: Substring) -> Bool { t.count == 4 && t.allSatisfy(\.isNumber) }

    static let connectors: Set<String> = ["of", "de", "van", "von", "der", "la", "le", "du", "&", "and"]

    /// Words that start sentences and are capitalized for that reason only.
    static let commonStarters: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "if", "you", "your", "we", "our", "they", "he", "she",
        "i", "in", "on", "at", "for", "to", "and", "but", "or", "so", "as", "when", "while", "here", "there", "please", "thanks",
        "thank", "yes", "no", "sure", "hi", "hello", "dear", "unfortunately", "however", "also", "note", "first", "second",
        "then", "next", "finally", "after", "before", "with", "without", "by", "from", "all", "each", "every", "some", "any",
        "my", "what", "which", "who", "how", "why", "where", "let", "let's", "once", "since", "because", "today", "tomorrow",
        "yesterday", "sorry", "great", "good", "of", "is", "are", "be", "do", "does", "can", "could", "would", "should", "will",
        "may", "might", "must", "not", "just", "only", "both", "most", "more", "many", "few", "one", "two", "three", "best",
        "regards", "cheers", "kind", "sincerely", "ok", "okay", "absolutely", "certainly", "of course", "step", "summary",
        "example", "answer", "question", "important", "warning", "tip", "update", "subject", "re", "fwd",
        // Imperatives that start an assistant's instructions.
        "contact", "call", "visit", "open", "use", "check", "click", "go", "try", "make", "keep", "send", "ask", "see", "read",
        "choose", "select", "email", "write", "reply", "tell", "add", "remove", "enter", "type", "press", "tap", "wait", "return",
        "take", "bring", "find", "follow", "review", "confirm", "provide", "include", "consider", "remember", "avoid", "ensure",
    ]

    /// Capitalized words that are not names on their own.
    static let stopNames: Set<String> = Set(months).union([
        "i", "i'm", "i've", "i'll", "i'd", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ai",
        "ok", "faq", "json", "api", "url", "pdf", "csv", "html", "sql", "http", "https", "id", "eta", "am", "pm", "utc", "usd",
        "eur", "gbp", "tl", "dr", "n/a", "etc", "ps", "p.s", "yes", "no", "the", "a", "an",
    ])
}

/// Facts an answer states that can be checked against where they could have come from: URLs,
/// e-mail addresses, numbers, dates and names (capitalized word sequences, heuristically).
public struct Entity: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, CaseIterable { case url, email, number, date, name }
    public let kind: Kind
    /// As written.
    public let text: String
    /// The form two mentions are compared by (lowercased; numbers without grouping or currency).
    public let key: String
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
        var seen = Set<String>()
        func add(_ kind: Entity.Kind, _ raw: Substring, key: String) {
            let id = kind.rawValue + ":" + key
            if seen.insert(id).inserted { found.append(Entity(kind: kind, text: String(raw), key: key)) }
        }
        let toks = Words.tokens(text)
        let tokens = toks.map(\.text)
        @inline(__always) func isSpaceToken(_ k: Int) -> Bool { toks[k].kind == .space }
        // Words the text also writes in lowercase are ordinary words when they start a sentence
        // (collected the first time a sentence starts with a capitalized word).
        var lowercaseWordsCache: Set<UInt64>? = nil
        func lowercaseWords() -> Set<UInt64> {
            if let known = lowercaseWordsCache { return known }
            var words = Set<UInt64>()
            for t in toks where t.first.value >= 0x61 && t.first.value <= 0x7A { words.insert(Words.hash(t.text)) }
            lowercaseWordsCache = words
            return words
        }
        // Space-delimited runs that may be a URL or an e-mail address, by their first token.
        var runEnds = [Int](repeating: 0, count: tokens.count)
        var k = 0
        while k < tokens.count {
            guard !isSpaceToken(k) else { k += 1; continue }
            var j = k
            var hasAt = false
            while j < tokens.count, !isSpaceToken(j) {
                if toks[j].first == "@" { hasAt = true }
                j += 1
            }
            if j - k >= 3 {
                let raw = text[tokens[k].startIndex..<tokens[j - 1].endIndex]
                if hasAt || looksLikeURLStart(raw.utf8) { runEnds[k] = j }
            }
            k = max(j, k + 1)
        }
        @inline(__always) func isSingleSpace(_ k: Int) -> Bool { toks[k].isByte(0x20) }
        var i = 0
        var sentenceStart = true
        var lineStart = true
        var inHeading = false
        while i < tokens.count {
            let tok = toks[i]
            let t = tok.text
            // URLs and e-mail addresses: the tokens up to the next space.
            if runEnds[i] > 0 {
                let end = runEnds[i], raw = text[tokens[i].startIndex..<tokens[end - 1].endIndex]
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
                if t.utf8.contains(0x0A) { lineStart = true; sentenceStart = true; inHeading = false }
                i += 1
                continue
            }
            if lineStart, tok.isByte(0x23) { inHeading = true }
            if isDigit(first) {
                // A list marker ("1. ") is not a fact.
                if lineStart, i + 1 < tokens.count, toks[i + 1].isByte(0x2E) || toks[i + 1].isByte(0x29),
                   i + 2 >= tokens.count || isSpaceToken(i + 2) {
                    i += 2; lineStart = false; sentenceStart = true
                    continue
                }
                let (end, raw) = number(tokens, from: i)
                // A day and a month ("29 November 2026") make a date.
                if let (dateEnd, date) = dateAfterDay(tokens, from: end, day: raw) {
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
                let capitalized = isCapitalized(t)
                if capitalized, let month = monthName(t), let (end, date) = dateAfterMonth(tokens, from: i, month: month) {
                    add(.date, date, key: date.lowercased())
                    i = end; sentenceStart = false; lineStart = false
                    continue
                }
                if capitalized && !inHeading && namesMeanSomething() {
                    var words: [Substring] = [t]
                    var j = i + 1
                    while j + 1 < tokens.count, isSingleSpace(j), isCapitalized(tokens[j + 1]) || (isConnector(tokens[j + 1])
                            && j + 3 < tokens.count && isSingleSpace(j + 2) && isCapitalized(tokens[j + 3])) {
                        words.append(tokens[j + 1])
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
            let byte = t.utf8.count == 1 ? UInt8(first.value) : 0
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

    /// "of", "de", "van", "&"…: words that join the parts of a name.
    @inline(__always)
    static func isConnector(_ t: Substring) -> Bool { t.utf8.count <= 3 && connectors.contains(String(t)) }

    // MARK: Pieces

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// `http`, `www.`, `(http` or `<http`, in any case.
    static func looksLikeURLStart(_ bytes: Substring.UTF8View) -> Bool {
        var it = bytes.makeIterator()
        var first = it.next() ?? 0
        if first == 0x28 || first == 0x3C { first = it.next() ?? 0 }
        let lower = { (b: UInt8) in b >= 0x41 && b <= 0x5A ? b + 32 : b }
        let a = lower(first), b = lower(it.next() ?? 0), c = lower(it.next() ?? 0), d = lower(it.next() ?? 0)
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
    static func number(_ tokens: [Substring], from i: Int) -> (Int, Substring) {
        var j = i + 1
        while j + 1 < tokens.count, [",", ".", ":", "/", "-"].contains(tokens[j]),
              let f = tokens[j + 1].unicodeScalars.first, isDigit(f) {
            j += 2
        }
        var start = tokens[i].startIndex
        if i > 0, ["$", "€", "£", "¥"].contains(tokens[i - 1]) { start = tokens[i - 1].startIndex }
        var end = tokens[j - 1].endIndex
        if j < tokens.count, tokens[j] == "%" { end = tokens[j].endIndex; j += 1 }
        return (j, tokens[i].base[start..<end])
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
        // Month names are 3 to 9 ASCII letters starting with one of "jfmasond".
        guard t.utf8.count >= 3, t.utf8.count <= 9, let f = t.utf8.first else { return nil }
        switch f | 0x20 {
        case 0x6A, 0x66, 0x6D, 0x61, 0x73, 0x6F, 0x6E, 0x64: break
        default: return nil
        }
        let lower = t.lowercased()
        if months.contains(lower) { return lower }
        if lower.count == 3 || lower == "sept", let m = months.first(where: { $0.hasPrefix(lower) }), lower != "may" || t.first == "M" {
            return m
        }
        return nil
    }

    /// "November 29", "Nov 29, 2026".
    static func dateAfterMonth(_ tokens: [Substring], from i: Int, month: String) -> (Int, Substring)? {
        guard isCapitalized(tokens[i]) else { return nil }
        var j = i + 1
        if j < tokens.count, tokens[j] == "." { j += 1 }
        guard j + 1 < tokens.count, tokens[j] == " ", let f = tokens[j + 1].unicodeScalars.first, isDigit(f) else { return nil }
        j += 2
        if j + 2 < tokens.count, tokens[j] == ",", tokens[j + 1] == " ", tokens[j + 2].count == 4, tokens[j + 2].allSatisfy(\.isNumber) { j += 3 }
        return (j, tokens[i].base[tokens[i].startIndex..<tokens[j - 1].endIndex])
    }

    /// "29 November 2026" (after a day number ending at `from`).
    static func dateAfterDay(_ tokens: [Substring], from j: Int, day: Substring) -> (Int, Substring)? {
        guard day.count <= 2, j + 1 < tokens.count, tokens[j] == " ", monthName(tokens[j + 1]) != nil, isCapitalized(tokens[j + 1]) else { return nil }
        var end = j + 2
        if end + 1 < tokens.count, tokens[end] == " ", tokens[end + 1].count == 4, tokens[end + 1].allSatisfy(\.isNumber) { end += 2 }
        return (end, day.base[day.startIndex..<tokens[end - 1].endIndex])
    }

    static func isCapitalized(_ t: Substring) -> Bool {
        guard let f = t.unicodeScalars.first else { return false }
        let upper = f.value < 0x80 ? (f.value >= 0x41 && f.value <= 0x5A) : f.properties.isUppercase
        guard upper, t.utf8.count >= 2 else { return false }
        return t.unicodeScalars.dropFirst().allSatisfy { Words.isWordScalar($0) || $0 == "'" }
    }

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

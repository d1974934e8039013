/// The single pass over a text's UTF-8 bytes: a per-byte trigger table dispatches to the detectors.

/// Trigger bits per byte value; a zero entry means the byte can start nothing and is skipped.
enum Trigger {
    static let digit: UInt16 = 1 << 0
    static let at: UInt16 = 1 << 1
    static let colon: UInt16 = 1 << 2
    static let equals: UInt16 = 1 << 3
    static let slash: UInt16 = 1 << 4
    static let dash: UInt16 = 1 << 5  // '-' and '_': PEM armour and provider prefixes like sk-, ghp_
    static let angle: UInt16 = 1 << 6  // '<': an existing placeholder
    static let letter: UInt16 = 1 << 7  // 'A' (AKIA, ASIA, AIza, AC), 'B' (Bearer, Basic), 'J' (eyJ)
    static let literal: UInt16 = 1 << 8  // the first byte of a known identifier
    static let percent: UInt16 = 1 << 9  // '%': url-encoded values (%40 in an e-mail, %2B before a phone)
    static let keyS: UInt16 = 1 << 10  // 'S': Twilio SK…, SendGrid SG.…
    static let backtick: UInt16 = 1 << 11  // '`': a key in Markdown code (`patXXXX.…`, `EAAA…`)
    static let pipe: UInt16 = 1 << 12  // '|': a Markdown table cell after a label cell (| API_KEY | value |)
    static let wide: UInt16 = 1 << 13  // 0xEF: the lead byte of the full-width `：` and `＝` after a label

    static let base: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 256)
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(b)] = digit }
        table[Int(ASCII.at)] = at
        table[Int(ASCII.colon)] = colon
        table[Int(ASCII.equals)] = equals
        table[Int(ASCII.slash)] = slash
        table[Int(ASCII.dash)] = dash
        table[Int(ASCII.underscore)] = dash
        table[Int(ASCII.less)] = angle
        table[Int(ASCII.percent)] = percent
        table[Int(UInt8(ascii: "S"))] = keyS
        table[Int(ASCII.backtick)] = backtick
        table[Int(ASCII.pipe)] = pipe
        table[0xEF] = wide
        for b in "ABEJ".utf8 { table[Int(b)] = letter }
        return table
    }()
}

struct Scanner {
    let p: UnsafeBufferPointer<UInt8>
    let n: Int
    let known: KnownLiterals
    /// Nothing before this index may be matched again (the end of the last match).
    var floor = 0
    var matches: [Match] = []
    /// Where the word last looked at for "password is X" ends (its other digits need no second look).
    var passwordCheckedUntil = 0
    /// Where the token last looked at for a key named in its sentence ends.
    var tokenCheckedUntil = 0

    init(_ p: UnsafeBufferPointer<UInt8>, known: KnownLiterals) {
        self.p = p
        self.n = p.count
        self.known = known
    }

    /// The byte at `i`, or 0 outside the text (0 is a boundary for every detector).
    @inline(__always) subscript(i: Int) -> UInt8 { i >= 0 && i < n ? p[i] : 0 }

    /// The byte at `j` (before the scan position) as left-context checks see it: the last byte of a match or a
    /// placeholder reads as a letter whatever was there, so text after a value is judged the same before and
    /// after redaction.
    @inline(__always) func contextByte(_ j: Int) -> UInt8 { j >= 0 && j == floor - 1 ? UInt8(ascii: "a") : self[j] }

    /// The byte before `i` as left-context checks see it.
    @inline(__always) func byteBefore(_ i: Int) -> UInt8 { contextByte(i - 1) }

    mutating func run() {
        let table = known.table
        table.withUnsafeBufferPointer { t in
            guard let bytes = p.baseAddress, let triggers = t.baseAddress else { return }
            let count = n
            var i = 0
            while i < count {
                // Bytes that start nothing, skipped by a loop with no call in it (its values stay in registers).
                var f = triggers[Int(bytes[i])]
                while f == 0 {
                    i &+= 1
                    if i == count { return }
                    f = triggers[Int(bytes[i])]
                }
                i = dispatch(i, f)
            }
        }
    }

    /// Tries the detectors `i`'s byte can trigger; returns where scanning resumes (> i).
    private mutating func dispatch(_ i: Int, _ f: UInt16) -> Int {
        // `S`, common in text, starts something (SK…, SG.…) only before K or G.
        if f == Trigger.keyS && !(i + 1 < n && (p[i + 1] == UInt8(ascii: "K") || p[i + 1] == UInt8(ascii: "G"))) { return i + 1 }
        if f & Trigger.angle != 0 {
            if let end = placeholderEnd(at: i) {
                floor = end
                return end
            }
            if let m = hereStringValue(at: i) { return accept(m, from: i) }
        }
        if f & Trigger.literal != 0, let m = knownLiteral(at: i) { return accept(m, from: i) }
        if f & Trigger.digit != 0 { return digitRun(at: i) }
        var found: Match?
        if f & Trigger.at != 0 {
            found = email(at: i) ?? promptUser(at: i) ?? passwordSentence(valueAt: i)
        } else if f & Trigger.colon != 0 {
            found = deeplKey(colonAt: i) ?? urlCredentials(colonAt: i) ?? windowsHome(colonAt: i) ?? labelled(at: i) ?? awsPromptValue(colonAt: i)
                ?? (isDigit(self[i + 1]) || self[i + 1] == ASCII.star ? pgpassPassword(colonAt: i) : nil) ?? ipv6(colonAt: i)
        } else if f & Trigger.equals != 0 {
            found = labelled(at: i)
        } else if f & Trigger.slash != 0 {
            found = unixHome(slashAt: i) ?? infuraKey(slashAt: i)
        } else if f & Trigger.dash != 0 {
            found = pemBlock(at: i) ?? prefixedKey(separatorAt: i) ?? flagValue(at: i) ?? genericPrefixedKey(separatorAt: i)
                ?? (self[i - 1] == UInt8(ascii: "s") ? awsConfigureValue(separatorAt: i) : nil)
        } else if f & (Trigger.letter | Trigger.keyS) != 0 {
            found = letterLed(at: i)
        } else if f & Trigger.percent != 0 {
            found = percentEncoded(at: i)
        } else if f & Trigger.backtick != 0 {
            found = backtickedKey(at: i)
        } else if f & Trigger.pipe != 0 {
            found = tableCellValue(pipeAt: i)
        } else if f & Trigger.wide != 0 {
            // ：(EF BC 9A) and ＝ (EF BC 9D) end a label as : and = do.
            if self[i + 1] == 0xBC && (self[i + 2] == 0x9A || self[i + 2] == 0x9D) { found = labelled(at: i, width: 3) }
        }
        if let m = found { return accept(m, from: i) }
        return i + 1
    }

    /// Records `m` (if it does not reach back into an earlier match) and resumes after it.
    mutating func accept(_ m: Match, from i: Int) -> Int {
        guard m.start >= floor, m.end > m.start else { return i + 1 }
        matches.append(m)
        floor = m.end
        return max(m.end, i + 1)
    }

    // MARK: Small helpers shared by the detectors

    /// Whether the text at `i` is `literal`, byte for byte.
    func has(_ literal: StaticString, at i: Int) -> Bool {
        let lit = bytes(literal)
        guard i >= 0, i + lit.count <= n else { return false }
        for k in 0..<lit.count where p[i + k] != lit[k] { return false }
        return true
    }

    /// Whether the text at `i` is `literal` (lowercase ASCII) ignoring ASCII case.
    func hasFolded(_ literal: StaticString, at i: Int) -> Bool {
        let lit = bytes(literal)
        guard i >= 0, i + lit.count <= n else { return false }
        for k in 0..<lit.count where lowered(p[i + k]) != lit[k] { return false }
        return true
    }

    /// The end of the run of bytes from `i` satisfying `ok`, stopping after `limit` bytes.
    @inline(__always) func run(from i: Int, limit: Int = 4096, _ ok: (UInt8) -> Bool) -> Int {
        var j = i
        let stop = min(n, i + limit)
        while j < stop && ok(p[j]) { j += 1 }
        return j
    }

    /// How many bytes before `i` (at most `limit`) satisfy `ok`, going back.
    @inline(__always) func run(backFrom i: Int, limit: Int, _ ok: (UInt8) -> Bool) -> Int {
        var j = i
        while j > 0 && i - j < limit && ok(p[j - 1]) { j -= 1 }
        return i - j
    }

    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
    }

    func lowercased(_ start: Int, _ end: Int) -> String {
        String(decoding: p[start..<end].map(lowered), as: UTF8.self)
    }

    func match(_ start: Int, _ end: Int, _ kind: PIIKind) -> Match {
        Match(start: start, end: end, kind: kind, normalized: string(start, end))
    }

    /// The start of `i`'s line, or `i - limit` if that is later.
    func lineStart(_ i: Int, limit: Int) -> Int {
        var s = i
        while s > 0 && i - s < limit && p[s - 1] != ASCII.newline { s -= 1 }
        return s
    }

    /// Whether one of `words` (lowercase) starts a word within `window` bytes before `i`.
    func hasContext(before i: Int, window: Int, _ words: CueWords) -> Bool {
        containsWord(from: max(0, i - window), to: i, words)
    }

    /// Whether one of `words` starts a word within `window` bytes after `i`, on the same line.
    func hasContext(after i: Int, window: Int, _ words: CueWords) -> Bool {
        var e = i
        let stop = min(n, i + window)
        while e < stop && p[e] != ASCII.newline { e += 1 }
        return containsWord(from: i, to: e, words)
    }

    /// Whether one of `words` (lowercase; ASCII letters fold, other bytes match as written) starts a word in
    /// `from..<to` (it may run past `to`). A word starting with a non-ASCII byte (携帯, 電話) may start anywhere:
    /// the scripts that use them do not put spaces between words.
    func containsWord(from: Int, to: Int, _ cue: CueWords) -> Bool { wordStart(from: from, to: to, cue) != nil }

    /// Where the first of `words` to start a word in `from..<to` starts (see `containsWord`).
    func firstWord(from: Int, to: Int, _ cue: CueWords) -> Int? { wordStart(from: from, to: to, cue) }

    @inline(__always) private func wordStart(from: Int, to: Int, _ cue: CueWords) -> Int? {
        let words = cue.words
        var k = max(0, from)
        let end = min(to, n)
        while k < end {
            let b = p[k]
            if !cue.firsts[Int(lowered(b))] {
                k += 1
                continue
            }
            if isAlpha(b) {
                // A word start, not the name inside a placeholder such as <PHONE_1>.
                let prev = k > 0 ? p[k - 1] : 0
                // (The `n` of a `\n` escape in JSON-escaped text ends a line, not a word: `\nPhone:`.)
                if prev < 0x80 ? !(isAlpha(prev) || prev == ASCII.less) || escapedBreakLetter(at: k - 1) : !isLetter(endingAt: k) {
                    let first = lowered(b)
                    for word in words where word.utf8Start.pointee == first && hasFolded(word, at: k) { return k }
                }
            } else if b >= 0xC0 {
                for word in words where word.utf8Start.pointee == b && hasFolded(word, at: k) { return k }
            }
            k += 1
        }
        return nil
    }

    /// Where the last of `words` to start a word in `from..<to` starts (as `containsWord` finds them), if one does.
    func lastWord(from: Int, to: Int, _ cue: CueWords) -> Int? {
        var last: Int?
        var k = max(0, from)
        let end = min(to, n)
        while k < end {
            if let found = firstWord(from: k, to: end, cue) {
                last = found
                k = found + 1
            } else {
                break
            }
        }
        return last
    }

    /// Whether the non-ASCII character ending just before `i` is a letter of an alphabetic script (é, ß, ж, α):
    /// CJK characters, kana, non-ASCII spaces and punctuation (`：`, `、`, NBSP, `—`) separate words, as a space does.
    func isLetter(endingAt i: Int) -> Bool {
        guard i > 0 else { return false }
        var k = i - 1
        while k > 0 && i - 1 - k < 3 && p[k] & 0xC0 == 0x80 { k -= 1 }
        let lead = p[k]
        var scalar: UInt32
        var count: Int
        switch lead {
        case 0xC0...0xDF: scalar = UInt32(lead & 0x1F); count = 2
        case 0xE0...0xEF: scalar = UInt32(lead & 0x0F); count = 3
        case 0xF0...0xF7: scalar = UInt32(lead & 0x07); count = 4
        default: return false
        }
        guard k + count == i else { return false }
        for j in k + 1..<i { scalar = scalar << 6 | UInt32(p[j] & 0x3F) }
        return Self.isAlphabeticLetter(scalar)
    }

    /// Latin, IPA, combining marks, Greek, Cyrillic, Armenian, Hebrew, Arabic letters and Latin/Greek extended.
    static func isAlphabeticLetter(_ v: UInt32) -> Bool {
        switch v {
        case 0xC0...0x24F: return v != 0xD7 && v != 0xF7
        // (Arabic punctuation — comma, semicolon, question mark, full stop, percent — separates words.)
        case 0x60C, 0x61B, 0x61F, 0x66A...0x66D, 0x6D4: return false
        case 0x250...0x6FF, 0x1E00...0x1FFF: return true
        default: return false
        }
    }
}

/// Cue words (lowercase; ASCII letters match in any case), with a table of their first bytes so that most
/// positions of the text are ruled out by one lookup.
struct CueWords: Sendable {
    let words: [StaticString]
    let firsts: [Bool]

    init(_ words: [StaticString]) {
        self.words = words
        var firsts = [Bool](repeating: false, count: 256)
        for word in words { firsts[Int(word.utf8Start.pointee)] = true }
        self.firsts = firsts
    }
}

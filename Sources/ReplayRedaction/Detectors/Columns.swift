/// Table columns as context: a value in a CSV or Markdown table row is under its column's header cell
/// (`phone`, `SSN`, `card_number`), which is a cue as good as a word just before the value.

extension Scanner {
    /// Whether one of `words` is just before `i` (within `window` bytes) or in the header of `i`'s table column.
    func hasCue(at i: Int, window: Int, _ words: CueWords) -> Bool {
        if hasContext(before: i, window: window, words) { return true }
        if let cell = headerCell(above: i), containsWord(from: cell.lowerBound, to: cell.upperBound, words) { return true }
        if let column = sqlColumn(of: i), containsWord(from: column.lowerBound, to: column.upperBound, words) { return true }
        guard let heading = listHeading(above: i) else { return false }
        return containsWord(from: heading.lowerBound, to: heading.upperBound, words)
    }

    /// The column name of the value at `pos` in a SQL `INSERT INTO t (a, b, c) VALUES (…, …), (…)` statement (as
    /// pg_dump and mysqldump write rows): the name at the value's position in the column list. The value starts a
    /// field of a parenthesized row on its line; the statement's `VALUES` is at most 16 KB before the row.
    func sqlColumn(of pos: Int) -> Range<Int>? {
        // The field's start: after `(` or `,`, blanks and an optional quote.
        var b = pos
        if b > 0 && p[b - 1] == ASCII.apostrophe { b -= 1 }
        while b > 0 && p[b - 1] == ASCII.space && pos - b < 4 { b -= 1 }
        guard b > 0, p[b - 1] == ASCII.comma || p[b - 1] == ASCII.openParen else { return nil }
        // The row's `(` on the same line, counting the fields before the value (quoted strings skipped, '' escapes
        // included: a quote toggles in and out).
        var k = b - 1
        var index = 0
        var inQuote = false
        while k >= 0 && pos - k < 1024 {
            let c = p[k]
            if c == ASCII.newline || (c == UInt8(ascii: "n") && k > 0 && p[k - 1] == ASCII.backslash && !inQuote) { return nil }
            if c == ASCII.apostrophe { inQuote.toggle() } else if !inQuote {
                if c == ASCII.comma { index += 1 } else if c == ASCII.openParen { break } else if c == ASCII.closeParen { return nil }
            }
            k -= 1
        }
        guard k >= 0, p[k] == ASCII.openParen, !inQuote else { return nil }
        // A row follows `VALUES` or the row before it (`),`), across blanks and line breaks (escaped ones too).
        var r = k
        while r > 0 && k - r < 64 && (isWhitespace(p[r - 1]) || p[r - 1] == ASCII.backslash
                                      || (p[r - 1] == UInt8(ascii: "n") && r > 1 && p[r - 2] == ASCII.backslash)) {
            r -= 1
        }
        guard r > 0, p[r - 1] == ASCII.comma || (r >= 6 && hasFolded("values", at: r - 6)) else { return nil }
        // Back over earlier rows to the `VALUES` keyword, and the column list's `)` right before it.
        var v = k
        let stop = max(0, k - 16384)
        while v > stop && !(hasFolded("values", at: v - 6) && !isAlnum(self[v - 7])) {
            if p[v - 1] == ASCII.semicolon { return nil }
            v -= 1
        }
        guard v > stop else { return nil }
        var c = v - 7
        while c > 0 && isWhitespace(p[c]) { c -= 1 }
        guard c > 0, p[c] == ASCII.closeParen else { return nil }
        var open = c - 1
        while open > 0 && c - open < 2048 && p[open] != ASCII.openParen && p[open] != ASCII.closeParen { open -= 1 }
        guard p[open] == ASCII.openParen, containsInsert(before: open) else { return nil }
        // The index-th name of the list.
        var start = open + 1
        var n = 0
        for e in (open + 1)...c where p[e] == ASCII.comma || e == c {
            if n == index {
                var s0 = start, e0 = e
                while s0 < e0 && (isWhitespace(p[s0]) || p[s0] == ASCII.quote || p[s0] == ASCII.backtick || p[s0] == ASCII.openBracket) { s0 += 1 }
                while e0 > s0 && (isWhitespace(p[e0 - 1]) || p[e0 - 1] == ASCII.quote || p[e0 - 1] == ASCII.backtick
                                  || p[e0 - 1] == ASCII.closeBracket) { e0 -= 1 }
                return s0 < e0 ? s0..<e0 : nil
            }
            n += 1
            start = e + 1
        }
        return nil
    }

    /// Whether `INSERT` (any case) starts in the 512 bytes before `i`.
    private func containsInsert(before i: Int) -> Bool {
        var k = i - 6
        while k >= 0 && i - k <= 512 {
            if hasFolded("insert", at: k) { return true }
            k -= 1
        }
        return false
    }

    /// The heading of the list `pos` is in, when `pos` is early on a list item's line (`- `, `* `, `• `, `1. `,
    /// `1) `): the line just above the block of items ("Emergency contacts:" over `- Anna (parent): 4673…`).
    func listHeading(above pos: Int) -> Range<Int>? {
        guard let rows = Rows(self, around: pos), pos - rows.lineStart <= 160, listItem(rows.lineStart, pos) else { return nil }
        var lineEnd = rows.lineStart - rows.breakLength
        var items = 0
        var blanks = 0
        while lineEnd > 0 && items < 64 {
            if rows.opensString(lineEnd + rows.breakLength) { return nil }
            var s = lineEnd
            while s > 0 && !rows.isLineStart(s) && lineEnd - s < 240 { s -= 1 }
            guard rows.isLineStart(s) else { return nil }
            if listItem(s, lineEnd) {
                lineEnd = s - rows.breakLength
                items += 1
                continue
            }
            var f = s
            while f < lineEnd && isBlank(p[f]) { f += 1 }
            if f < lineEnd { return s..<lineEnd }
            // One blank line may stand between a heading and its list (Markdown: `## Contacts`, a blank, the items).
            blanks += 1
            if blanks > 1 { return nil }
            lineEnd = s - rows.breakLength
        }
        return nil
    }

    /// Whether the line `s..<e` starts with a list marker after optional blanks.
    private func listItem(_ s: Int, _ e: Int) -> Bool {
        var f = s
        while f < e && isBlank(p[f]) && f - s < 8 { f += 1 }
        guard f + 1 < e else { return false }
        let b = p[f]
        if (b == ASCII.dash || b == UInt8(ascii: "*")) && p[f + 1] == ASCII.space { return true }
        if b == 0xE2 && f + 3 < e && p[f + 1] == 0x80 && p[f + 2] == 0xA2 && p[f + 3] == ASCII.space { return true }  // •
        var d = f
        while d < e && isDigit(p[d]) && d - f < 3 { d += 1 }
        if d > f && d + 1 < e && (p[d] == ASCII.dot || p[d] == UInt8(ascii: ")")) && p[d + 1] == ASCII.space { return true }
        // Or a short label and a colon, as contact lists are typed: `Mum: 6123…`, `Dr. Weiß: …`, `Taxi (airport): …`.
        var c = f
        var letters = 0
        while c < e && c - f < 32 {
            let b = p[c]
            if isAlpha(b) || b >= 0x80 { letters += 1 } else if !(b == ASCII.space || b == ASCII.dot || b == ASCII.apostrophe
                || b == ASCII.dash || b == ASCII.openParen || b == ASCII.closeParen) { break }
            c += 1
        }
        return letters > 0 && c + 1 < e && c > f && p[c] == ASCII.colon && p[c + 1] == ASCII.space
    }

    /// The header cell of the column `pos` is in, when `pos`'s line is a row of a Markdown table (`| a | b |`)
    /// or of delimited text (comma, semicolon or tab; double quotes respected): the cell with the same index on
    /// the first line of the block of such lines. Nil on a table's first line and outside tables. A table pasted
    /// into a JSON string (a tool result, a logged request) has `\n` and `\t` escapes for its line breaks and
    /// tabs; the row decides which kind of line break it is by the nearer one before it.
    func headerCell(above pos: Int) -> Range<Int>? {
        guard let rows = Rows(self, around: pos) else { return nil }
        // Only a whole cell: after a delimiter (`,` `;` tab `|`) or the line start, an optional quote and blanks.
        var b = pos
        while b > 0 && p[b - 1] == ASCII.space && pos - b < 8 { b -= 1 }  // not a tab: that is a delimiter
        if b > 0 && (p[b - 1] == ASCII.quote || p[b - 1] == ASCII.apostrophe) {
            b -= 1
            if rows.escaped && b > 0 && p[b - 1] == ASCII.backslash { b -= 1 }
        }
        guard b > 0 else { return nil }
        switch p[b - 1] {
        case ASCII.comma, ASCII.semicolon, ASCII.tab, ASCII.pipe, ASCII.newline: break
        default:
            guard rows.escaped, rows.escapeEnds(at: b - 1, "n") || rows.escapeEnds(at: b - 1, "t") else { return nil }
        }
        let ls = rows.lineStart
        var first = ls
        while first < pos && isBlank(p[first]) { first += 1 }
        let markdown = first < n && p[first] == ASCII.pipe
        var delimiter = Delimiter.pipe
        var rowFields = -1
        if !markdown {
            // The whole row says which delimiter it uses (a value in the first column has none before it). In a JSON
            // string the last row ends at the string's closing quote.
            var rowEnd = pos
            while rowEnd < n && rowEnd - pos < 4096 && !rows.isLineStart(rowEnd + rows.breakLength)
                    && !(rows.escaped && p[rowEnd] == ASCII.quote && !Rows.oddBackslashes(p, before: rowEnd)) {
                rowEnd += 1
            }
            var comma = false, semicolon = false, tab = false
            for k in ls..<rowEnd {
                switch p[k] {
                case ASCII.comma: comma = true
                case ASCII.semicolon: semicolon = true
                case ASCII.tab: tab = true
                default: if rows.escapeEnds(at: k, "t") { tab = true }
                }
            }
            if tab { delimiter = .tab } else if comma { delimiter = .comma } else if semicolon { delimiter = .semicolon } else { return nil }
            rowFields = rows.fieldIndex(from: ls, to: rowEnd, delimiter, quoted: true)
        }
        let column = rows.fieldIndex(from: ls, to: pos, delimiter, quoted: !markdown)
        // Up through the block of rows: the header is its first line.
        var header = -1
        var lineEnd = ls - rows.breakLength
        var lines = 0
        while lineEnd > 0 && lines < 128 {
            var s = lineEnd
            while s > 0 && !rows.isLineStart(s) && lineEnd - s < 4096 { s -= 1 }
            guard rows.isLineStart(s) else { break }
            var f = s
            while f < lineEnd && isBlank(p[f]) { f += 1 }
            if f == lineEnd { break }
            if markdown {
                if p[f] != ASCII.pipe { break }
            } else if rows.fieldIndex(from: s, to: lineEnd, delimiter, quoted: true) != rowFields {
                // A line with another number of fields is no row of this table ("clean up this export, please:").
                break
            }
            header = s
            if rows.opensString(s) { break }
            lineEnd = s - rows.breakLength
            lines += 1
        }
        guard header >= 0 else { return nil }
        var e = header
        while e < n && !rows.isLineStart(e + rows.breakLength) { e += 1 }
        return rows.field(column, from: header, to: e, delimiter, quoted: !markdown)
    }
}

/// A column delimiter; `tab` is a tab byte, or a `\t` escape in escaped rows.
enum Delimiter { case pipe, comma, semicolon, tab }

/// The lines around a position as a table's rows: separated by newline bytes, or, in text that is the inside
/// of a JSON string, by `\n` escapes.
struct Rows {
    let p: UnsafeBufferPointer<UInt8>
    /// Whether the rows are separated by `\n` escapes.
    let escaped: Bool
    /// Where the line holding the position starts.
    let lineStart: Int

    /// The rows around `pos`; nil when `pos`'s line is the text's first (or its JSON string's first), or longer
    /// than 4 KB before `pos`.
    init?(_ scanner: Scanner, around pos: Int) {
        p = scanner.p
        var k = pos
        var quoteBetween = false
        while k > 0 {
            if p[k - 1] == ASCII.newline {
                escaped = false
                lineStart = k
                return
            }
            if k >= 2 && p[k - 1] == UInt8(ascii: "n") && Rows.oddBackslashes(p, before: k - 1) {
                // A `\n` in another JSON string than the one `pos` is in is no line break of its.
                if quoteBetween { return nil }
                escaped = true
                lineStart = k
                return
            }
            if p[k - 1] == ASCII.quote && !Rows.oddBackslashes(p, before: k - 1) { quoteBetween = true }
            k -= 1
            if pos - k > 4096 { return nil }
        }
        return nil
    }

    /// Whether an escaped line starts at `i` because a JSON string opens there (its first line).
    func opensString(_ i: Int) -> Bool {
        escaped && i >= 1 && i <= p.count && p[i - 1] == ASCII.quote && !Rows.oddBackslashes(p, before: i - 1)
    }

    /// Whether an odd run of backslashes ends just before `i` (the byte at `i` is escaped).
    static func oddBackslashes(_ p: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        var k = i, count = 0
        while k > 0 && p[k - 1] == ASCII.backslash && count < 16 { k -= 1; count += 1 }
        return count % 2 == 1
    }

    /// Whether the byte at `i` is `letter` completing a `\<letter>` escape.
    func escapeEnds(at i: Int, _ letter: Unicode.Scalar) -> Bool {
        escaped && i >= 1 && i < p.count && p[i] == UInt8(ascii: letter) && Rows.oddBackslashes(p, before: i)
    }

    /// How many bytes a line break takes.
    var breakLength: Int { escaped ? 2 : 1 }

    /// Whether a line starts at `i`: the text's start or just after a line break.
    func isLineStart(_ i: Int) -> Bool {
        if i == 0 { return true }
        if i > p.count { return false }
        return escaped ? escapeEnds(at: i - 1, "n") || opensString(i) : p[i - 1] == ASCII.newline
    }

    /// Whether the delimiter is at `k` (for an escaped tab: the `t` of `\t`).
    func isDelimiter(_ k: Int, _ delimiter: Delimiter) -> Bool {
        switch delimiter {
        case .pipe: return p[k] == ASCII.pipe
        case .comma: return p[k] == ASCII.comma
        case .semicolon: return p[k] == ASCII.semicolon
        case .tab: return p[k] == ASCII.tab || escapeEnds(at: k, "t")
        }
    }

    /// How many delimiters (outside double quotes when `quoted`) are in `from..<to`.
    func fieldIndex(from: Int, to: Int, _ delimiter: Delimiter, quoted: Bool) -> Int {
        var count = 0
        var inQuotes = false
        for k in from..<to {
            if quoted && p[k] == ASCII.quote { inQuotes.toggle() } else if !inQuotes && isDelimiter(k, delimiter) { count += 1 }
        }
        return count
    }

    /// The `index`th field of the line `from..<to` (an escaped tab's backslash is not part of the field).
    func field(_ index: Int, from: Int, to: Int, _ delimiter: Delimiter, quoted: Bool) -> Range<Int>? {
        var count = 0
        var inQuotes = false
        var start = from
        for k in from..<to {
            if quoted && p[k] == ASCII.quote {
                inQuotes.toggle()
            } else if !inQuotes && isDelimiter(k, delimiter) {
                let end = p[k] == ASCII.tab || delimiter != .tab ? k : k - 1
                if count == index { return start..<max(start, end) }
                count += 1
                start = k + 1
            }
        }
        return count == index ? start..<to : nil
    }
}

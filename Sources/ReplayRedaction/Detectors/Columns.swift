/// Table columns as context: a value in a CSV or Markdown table row is under its column's header cell
/// (`phone`, `SSN`, `card_number`), which is a cue as good as a word just before the value.

extension Scanner {
    /// Whether one of `words` is just before `i` (within `window` bytes) or in the header of `i`'s table column.
    func hasCue(at i: Int, window: Int, _ words: CueWords) -> Bool {
        if hasContext(before: i, window: window, words) { return true }
        guard let cell = headerCell(above: i) else { return false }
        return containsWord(from: cell.lowerBound, to: cell.upperBound, words)
    }

    /// The header cell of the column `pos` is in, when `pos`'s line is a row of a Markdown table (`| a | b |`)
    /// or of delimited text (comma, semicolon or tab; double quotes respected): the cell with the same index on
    /// the first line of the block of such lines. Nil on a table's first line and outside tables.
    func headerCell(above pos: Int) -> Range<Int>? {
        // Only a whole cell: after a delimiter (`,` `;` tab `|`) or the line start, an optional quote and blanks.
        var b = pos
        while b > 0 && isBlank(p[b - 1]) && pos - b < 8 { b -= 1 }
        if b > 0 && (p[b - 1] == ASCII.quote || p[b - 1] == ASCII.apostrophe) { b -= 1 }
        guard b > 0 else { return nil }
        switch p[b - 1] {
        case ASCII.comma, ASCII.semicolon, ASCII.tab, ASCII.pipe, ASCII.newline: break
        default: return nil
        }
        var ls = pos
        while ls > 0 && p[ls - 1] != ASCII.newline {
            ls -= 1
            if pos - ls > 4096 { return nil }
        }
        guard ls > 0 else { return nil }
        var first = ls
        while first < pos && isBlank(p[first]) { first += 1 }
        let markdown = first < n && p[first] == ASCII.pipe
        var delimiter = ASCII.pipe
        if !markdown {
            var comma = false, semicolon = false, tab = false
            for k in ls..<pos {
                switch p[k] {
                case ASCII.comma: comma = true
                case ASCII.semicolon: semicolon = true
                case ASCII.tab: tab = true
                default: break
                }
            }
            if tab { delimiter = ASCII.tab } else if comma { delimiter = ASCII.comma } else if semicolon { delimiter = ASCII.semicolon } else { return nil }
        }
        let column = fieldIndex(from: ls, to: pos, delimiter, quoted: !markdown)
        // Up through the block of rows: the header is its first line.
        var header = -1
        var lineEnd = ls - 1
        var lines = 0
        while lineEnd > 0 && lines < 128 {
            var s = lineEnd
            while s > 0 && p[s - 1] != ASCII.newline && lineEnd - s < 4096 { s -= 1 }
            guard s == 0 || p[s - 1] == ASCII.newline else { break }
            var f = s
            while f < lineEnd && isBlank(p[f]) { f += 1 }
            if f == lineEnd { break }
            if markdown {
                if p[f] != ASCII.pipe { break }
            } else if !(s..<lineEnd).contains(where: { p[$0] == delimiter }) {
                break
            }
            header = s
            lineEnd = s - 1
            lines += 1
        }
        guard header >= 0 else { return nil }
        var e = header
        while e < n && p[e] != ASCII.newline { e += 1 }
        return field(column, from: header, to: e, delimiter, quoted: !markdown)
    }

    /// How many delimiters (outside double quotes when `quoted`) are in `from..<to`.
    private func fieldIndex(from: Int, to: Int, _ delimiter: UInt8, quoted: Bool) -> Int {
        var count = 0
        var inQuotes = false
        for k in from..<to {
            let b = p[k]
            if quoted && b == ASCII.quote { inQuotes.toggle() } else if b == delimiter && !inQuotes { count += 1 }
        }
        return count
    }

    /// The `index`th field of the line `from..<to`.
    private func field(_ index: Int, from: Int, to: Int, _ delimiter: UInt8, quoted: Bool) -> Range<Int>? {
        var count = 0
        var inQuotes = false
        var start = from
        for k in from..<to {
            let b = p[k]
            if quoted && b == ASCII.quote {
                inQuotes.toggle()
            } else if b == delimiter && !inQuotes {
                if count == index { return start..<k }
                count += 1
                start = k + 1
            }
        }
        return count == index ? start..<to : nil
    }
}

/// An answer cut into the units the alignment compares: blocks (a heading, a paragraph, a list
/// item, a code block, a table) and sentences.
public struct Block: Sendable, Equatable {
    public enum Kind: String, Sendable { case heading, paragraph, item, code, table }
    public let kind: Kind
    public let text: String
}

public enum Blocks {
    /// The blocks of a Markdown or plain-text answer, in order. Blank lines end paragraphs; headings,
    /// list items, fenced code and tables are blocks of their own.
    public static func split(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [Substring] = []
        var fence: [Substring]? = nil
        var table: [Substring] = []
        var item: [Substring] = []
        func flushParagraph() {
            if !paragraph.isEmpty { blocks.append(Block(kind: .paragraph, text: paragraph.joined(separator: "\n"))) }
            paragraph = []
        }
        func flushTable() {
            if !table.isEmpty { blocks.append(Block(kind: .table, text: table.joined(separator: "\n"))) }
            table = []
        }
        func flushItem() {
            if !item.isEmpty { blocks.append(Block(kind: .item, text: item.joined(separator: "\n"))) }
            item = []
        }
        func flushAll() { flushParagraph(); flushTable(); flushItem() }
        // Lines end at any newline ("\r\n" is one Character in Swift, not "\n").
        for rawLine in lines(text) {
            let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if var code = fence {
                code.append(line)
                if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                    blocks.append(Block(kind: .code, text: code.joined(separator: "\n")))
                    fence = nil
                } else {
                    fence = code
                }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flushAll()
                fence = [line]
                continue
            }
            if trimmed.isEmpty { flushAll(); continue }
            if isHeading(trimmed) {
                flushAll()
                blocks.append(Block(kind: .heading, text: String(trimmed)))
                continue
            }
            if trimmed.hasPrefix("|") {
                flushParagraph(); flushItem()
                table.append(line)
                continue
            }
            flushTable()
            if isListItem(trimmed) {
                flushParagraph(); flushItem()
                item = [line]
                continue
            }
            if !item.isEmpty, line.first == " " || line.first == "\t" {
                item.append(line)
                continue
            }
            flushItem()
            paragraph.append(line)
        }
        if let code = fence { blocks.append(Block(kind: .code, text: code.joined(separator: "\n"))) }
        flushAll()
        return blocks
    }

    /// The lines of a text, cut where `Character.isNewline` would cut them (LF, VT, FF, CR, CR LF
    /// as one break, NEL, LS, PS), found byte by byte instead of by grapheme.
    static func lines(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        var out: [Substring] = []
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            let b = utf8[i]
            var width = 0
            switch b {
            case 0x0A, 0x0B, 0x0C: width = 1
            case 0x0D:
                let next = utf8.index(after: i)
                width = next < utf8.endIndex && utf8[next] == 0x0A ? 2 : 1
            case 0xC2:
                let next = utf8.index(after: i)
                if next < utf8.endIndex, utf8[next] == 0x85 { width = 2 }
            case 0xE2:
                let second = utf8.index(after: i)
                if second < utf8.endIndex, utf8[second] == 0x80 {
                    let third = utf8.index(after: second)
                    if third < utf8.endIndex, utf8[third] == 0xA8 || utf8[third] == 0xA9 { width = 3 }
                }
            default: break
            }
            if width > 0 {
                out.append(text[start..<i])
                i = utf8.index(i, offsetBy: width)
                start = i
            } else {
                i = utf8.index(after: i)
            }
        }
        out.append(text[start..<utf8.endIndex])
        return out
    }

    static func isHeading(_ line: Substring) -> Bool {
        let hashes = line.prefix { $0 == "#" }.count
        return hashes >= 1 && hashes <= 6 && line.dropFirst(hashes).first == " "
    }

    static func isListItem(_ line: Substring) -> Bool {
        if let first = line.first, first == "-" || first == "*" || first == "+" { return line.dropFirst().first == " " }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        let rest = line.dropFirst(digits.count)
        return (rest.first == "." || rest.first == ")") && rest.dropFirst().first == " "
    }

    /// The sentences of a text: cut after `.`, `!`, `?` (and their CJK forms) followed by a space or
    /// the end, and at line breaks. Decimal points, abbreviations like "e.g." and URLs stay whole.
    public static func sentences(_ text: String) -> [Substring] {
        var out: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var i = scalars.startIndex
        func emit(_ end: String.Index) {
            let piece = text[start..<end].trimmingSpaces
            if !piece.isEmpty { out.append(piece) }
        }
        while i < scalars.endIndex {
            let s = scalars[i]
            let next = scalars.index(after: i)
            if s == "\n" {
                emit(i)
                start = next
            } else if s == "." || s == "!" || s == "?" || s == "。" || s == "！" || s == "？" {
                let atEnd = next == scalars.endIndex
                let followedBySpace = !atEnd && Words.isSpace(scalars[next])
                if s.value >= 0x3000 || atEnd || (followedBySpace && !isAbbreviation(text[start..<i])) {
                    emit(next)
                    start = next
                }
            }
            i = next
        }
        emit(scalars.endIndex)
        return out
    }

    static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "st", "no", "approx", "inc", "ltd", "jr", "sr"]

    static func isAbbreviation(_ before: Substring) -> Bool {
        // The word before the dot, read backwards over at most 7 bytes.
        var word: [UInt8] = []
        for b in before.utf8.reversed() {
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x28 { break }
            word.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
            if word.count > 7 { return false }
        }
        guard !word.isEmpty else { return false }
        word.reverse()
        // A single letter ("J. Smith").
        if word.count == 1 { return (word[0] >= 0x61 && word[0] <= 0x7A) }
        return abbreviations.contains(String(decoding: word, as: UTF8.self))
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}

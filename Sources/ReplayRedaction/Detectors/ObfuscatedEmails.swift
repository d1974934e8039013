/// E-mail addresses written so that scrapers miss them: `name [at] domain [dot] com`, `name (at) domain.com`,
/// `name at domain dot com`, `name@domain[.]com`. Looked for only when the text holds such a marker.

extension Scanner {
    private static let markers: [StaticString] = ["[at]", "(at)", "{at}", " dot ", "[dot]", "(dot)", "{dot}", "[.]", "(.)"]

    nonisolated(unsafe) private static let strongAt = try! Regex(
        #"(?i)([a-z0-9][a-z0-9._%+-]{0,63})\s*(?:\[at\]|\(at\)|\{at\})\s*([a-z0-9](?:[a-z0-9-]{0,62})(?:\s*(?:\.|\[dot\]|\(dot\)|\{dot\}|\[\.\]|\(\.\)|\s+dot\s+)\s*[a-z0-9-]{1,63})+)(?![\w-])"#)
    nonisolated(unsafe) private static let obfuscatedDot = try! Regex(
        #"(?i)([a-z0-9][a-z0-9._%+-]{0,63})(?:@|\s+at\s+)([a-z0-9](?:[a-z0-9-]{0,62})(?:(?:\.|\[dot\]|\(dot\)|\{dot\}|\[\.\]|\(\.\)|\s+dot\s+)[a-z0-9-]{1,63})*(?:\[dot\]|\(dot\)|\{dot\}|\[\.\]|\(\.\)|\s+dot\s+)[a-z]{2,12})(?![\w-])"#)

    /// Adds the obfuscated addresses outside earlier matches.
    mutating func addObfuscatedEmails() {
        // One pass over the bytes: only `[`, `(`, `{` and a space can start a marker.
        var marked = false
        var i = 0
        while i < n && !marked {
            switch p[i] {
            case ASCII.space: marked = self[i + 1] | 0x20 == UInt8(ascii: "d") && hasFolded(" dot ", at: i)
            case ASCII.openBracket, ASCII.openParen, ASCII.openBrace:
                let c = self[i + 1] | 0x20
                marked = (c == UInt8(ascii: "a") || c == UInt8(ascii: "d") || self[i + 1] == ASCII.dot)
                    && Self.markers.contains { bytes($0)[0] == p[i] && hasFolded($0, at: i) }
            default: break
            }
            i += 1
        }
        guard marked else { return }
        let text = string(0, n)
        var found: [Match] = []
        for regex in [Self.strongAt, Self.obfuscatedDot] {
            for m in text.matches(of: regex) {
                let start = text.utf8.distance(from: text.startIndex, to: m.range.lowerBound)
                let end = text.utf8.distance(from: text.startIndex, to: m.range.upperBound)
                // Not inside a longer word or address (Swift's Regex has no lookbehind).
                guard start == 0 || !(isAlnum(p[start - 1]) || ".+%-_".utf8.contains(p[start - 1])),
                      !matches.contains(where: { $0.start < end && start < $0.end }), !found.contains(where: { $0.start < end && start < $0.end })
                else { continue }
                guard let local = m.output[1].substring, let domain = m.output[2].substring else { continue }
                let plain = Self.plainDomain(String(domain))
                // The last label is a top-level domain: two or three letters, or one of the longer common ones
                // ("the dot product" is not an address).
                guard let tld = plain.split(separator: ".").last, plain.contains("."),
                      tld.count <= 3 || Self.longTLDs.contains(String(tld)), tld.allSatisfy(\.isLetter)
                else { continue }
                let normalized = (String(local) + "@" + plain).lowercased()
                found.append(Match(start: start, end: end, kind: .email, normalized: normalized))
            }
        }
        guard !found.isEmpty else { return }
        matches = (matches + found).sorted { $0.start < $1.start }
    }

    private static let longTLDs: Set<String> = [
        "info", "name", "mobi", "asia", "site", "online", "store", "tech", "email", "cloud", "space", "today", "live", "life",
        "agency", "studio", "digital", "media", "world", "club", "shop", "blog", "design", "solutions", "network", "systems",
    ]

    /// `domain [dot] co (dot) uk` as `domain.co.uk`.
    private static func plainDomain(_ s: String) -> String {
        var out = s.lowercased()
        for marker in ["[dot]", "(dot)", "{dot}", "[.]", "(.)"] { out = out.replacingOccurrences(marker, ".") }
        out = out.split(separator: " ").joined(separator: " ").replacingOccurrences(" dot ", ".")
        return out.filter { $0 != " " }
    }
}

/// Replaces personal data and secrets in text with typed placeholders (`<EMAIL_1>`), numbered stably per key.
import ReplayCore

public struct Redactor: Sendable {
    private let hmac: HMACSHA256
    private var known = KnownLiterals()
    /// The numbers given so far; persist it (`table.json`) to keep numbers across imports.
    public private(set) var table: PlaceholderTable
    /// Replacements made so far, by kind.
    public private(set) var counts: [PIIKind: Int] = [:]

    public init(key: RedactionKey, table: PlaceholderTable = .init(), known: KnownIdentifiers = .init()) {
        self.hmac = HMACSHA256(key: key.bytes)
        self.table = table
        self.known.add(known)
    }

    /// Also redacts these names, e-mails and ids (another conversation of the same export may add some).
    public mutating func addKnown(_ known: KnownIdentifiers) {
        self.known.add(known)
    }

    /// `text` with each found value replaced by its placeholder; `text` itself when nothing is found.
    public mutating func redact(_ text: String) -> String {
        var text = text
        let redacted: String? = text.withUTF8 { buffer in
            // `\uXXXX` escapes of non-ASCII characters are scanned decoded in a copy; matches map back to the text.
            if let escapes = UnicodeEscapes.decoded(buffer) {
                return replaced(buffer, escapes.bytes.withUnsafeBufferPointer { matchesIn($0) }.map { $0.mapped(escapes.map) })
            }
            return replaced(buffer, matchesIn(buffer))
        }
        return redacted ?? text
    }

    /// What the scanner finds in `buffer`, in order. Full-width and Arabic-Indic digits are scanned as ASCII in a
    /// copy; matches map back to `buffer`.
    private func matchesIn(_ buffer: UnsafeBufferPointer<UInt8>) -> [Match] {
        guard let wide = WideForms.normalized(buffer) else { return scannedMatches(buffer) }
        return wide.bytes.withUnsafeBufferPointer { scannedMatches($0) }.map { $0.mapped(wide.map) }
    }

    private func scannedMatches(_ buffer: UnsafeBufferPointer<UInt8>) -> [Match] {
        var scanner = Scanner(buffer, known: known)
        scanner.run()
        scanner.addObfuscatedEmails()
        scanner.addRepeatedValues()
        return scanner.matches
    }

    /// `buffer` with each match replaced by its placeholder, or nil when there is none.
    private mutating func replaced(_ buffer: UnsafeBufferPointer<UInt8>, _ matches: [Match]) -> String? {
        guard !matches.isEmpty else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(buffer.count + 8 * matches.count)
        var last = 0
        for m in matches {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[last..<m.start]))
            out.append(contentsOf: placeholder(for: m).utf8)
            last = m.end
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[last...]))
        return String(decoding: out, as: UTF8.self)
    }

    /// `value` with every string in it redacted (object keys are kept); objects are visited in key order
    /// so numbering does not depend on dictionary order.
    public mutating func redact(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let string):
            return .string(redact(string))
        case .array(let items):
            var out: [JSONValue] = []
            out.reserveCapacity(items.count)
            for item in items { out.append(redact(item)) }
            return .array(out)
        case .object(let members):
            var out: [String: JSONValue] = [:]
            out.reserveCapacity(members.count)
            for key in members.keys.sorted() { out[key] = redact(members[key]!) }
            return .object(out)
        case .null, .bool, .int, .double:
            return value
        }
    }

    /// The digest the table keys `normalized` of `kind` by: HMAC-SHA256(key, kind + ":" + value), 32 hex digits.
    func digest(_ kind: PIIKind, _ normalized: String) -> String {
        var message = Array(kind.rawValue.utf8)
        message.append(ASCII.colon)
        message.append(contentsOf: normalized.utf8)
        let mac = hmac.mac(message)
        return String(unsafeUninitializedCapacity: 32) { out in
            for i in 0..<16 {
                out[2 * i] = Self.hexDigits[Int(mac[i] >> 4)]
                out[2 * i + 1] = Self.hexDigits[Int(mac[i] & 0x0F)]
            }
            return 32
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func placeholder(for m: Match) -> String {
        let number = table.assign(m.kind, digest: digest(m.kind, m.normalized))
        counts[m.kind, default: 0] += 1
        return m.kind.placeholder(number)
    }
}

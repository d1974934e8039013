/// Prints canonical JSON (as `JSONValue.canonical`: two-space indent, `": "`, empty containers as
/// `[]`/`{}`) as it goes, without building values first: for large documents whose shape the
/// caller knows. The caller gives object keys in canonical order (sorted by their UTF-8 bytes).
public struct CanonicalWriter {
    public private(set) var bytes: [UInt8] = []
    private var depth: Int
    /// Per open container: whether it has a member yet.
    private var filled: [Bool] = []
    private var afterKey = false

    /// `depth`: how deep the first value sits in its document.
    public init(depth: Int = 0) { self.depth = depth }

    /// Text printed as is, between top-level values (a separator the caller's document needs).
    public mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Starts an array element, an object member's key, or a top-level value.
    private mutating func element() {
        if afterKey { afterKey = false; return }
        guard !filled.isEmpty else { return }
        if filled[filled.count - 1] { bytes.append(0x2C) }
        filled[filled.count - 1] = true
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20 as UInt8, count: 2 * depth))
    }

    public mutating func beginObject() { open(0x7B) }
    public mutating func endObject() { close(0x7D) }
    public mutating func beginArray() { open(0x5B) }
    public mutating func endArray() { close(0x5D) }

    private mutating func open(_ bracket: UInt8) {
        element()
        bytes.append(bracket)
        filled.append(false)
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if filled.removeLast() {
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(0x20 as UInt8, count: 2 * depth))
        }
        bytes.append(bracket)
    }

    /// An object member's key; its value follows.
    public mutating func key(_ name: String) {
        element()
        JSONValue.quote(name, into: &bytes)
        bytes.append(contentsOf: [0x3A, 0x20])
        afterKey = true
    }

    /// A whole value at the current position.
    public mutating func value(_ v: JSONValue) {
        element()
        v.appendIndented(to: &bytes, depth: depth)
    }

    public mutating func string(_ s: String) {
        element()
        JSONValue.quote(s, into: &bytes)
    }

    /// A member with a value, when there is one.
    public mutating func member(_ name: String, _ v: JSONValue?) {
        guard let v else { return }
        key(name)
        value(v)
    }

    public mutating func member(_ name: String, string s: String?) {
        guard let s else { return }
        key(name)
        string(s)
    }
}

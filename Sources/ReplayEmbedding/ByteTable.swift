/// An open-addressing hash table from byte strings to short lists of `Int32`: the tokenizer's
/// vocabulary (one id per token) and an embedder's cache of chunks (the ids of each chunk of text).
///
/// Keys are compared byte for byte, never as `String`s: Swift compares strings by canonical
/// equivalence, and a vocabulary may hold two tokens that differ only in normalization form.
///
/// Built for lookups that miss the processor cache: each slot is 32 bytes and holds, inline, a key
/// of up to 16 bytes and up to two values, so that finding a word and its ids usually costs one
/// memory access. Longer keys and value lists live in two flat arrays beside the slots.
struct ByteTable: Sendable {
    /// One slot. `keyLength == 0` marks an empty slot (keys are never empty).
    private struct Slot {
        /// The key's bytes, zero-padded (keys of up to 16 bytes), or `key0` = its offset in `keyBytes`.
        var key0: UInt64 = 0
        var key1: UInt64 = 0
        /// Up to two values (the first in the low half), or the offset of the values in `values`.
        var payload: UInt64 = 0
        var hash: UInt32 = 0
        var keyLength: UInt16 = 0
        var valueCount: UInt16 = 0
    }

    /// What `find` found: the values' count and where they are.
    struct Found {
        let count: Int
        let payload: UInt64
        /// The values are in the slot (`payload`) rather than in `values`.
        var isInline: Bool { count <= 2 }
    }

    /// The longest key and the most values the table stores.
    static let maximumKeyLength = Int(UInt16.max)
    static let maximumValueCount = Int(UInt16.max)

    private var slots: [Slot]
    private var keyBytes: [UInt8] = []
    private(set) var values: [Int32] = []
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var slotCount = 16
        while slotCount < minimumCapacity * 2 { slotCount <<= 1 }
        slots = [Slot](repeating: Slot(), count: slotCount)
    }

    /// A 64-bit hash of `key` (eight bytes at a time, then a final avalanche).
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        guard let base = key.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= key.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            index += 8
        }
        if index < key.count {
            h = (h ^ tail(base + index, count: key.count - index)) &* 0xBF58_476D_1CE4_E5B9
        }
        h ^= h >> 31
        h = h &* 0x94D0_49BB_1331_11EB
        h ^= h >> 32
        return h
    }

    /// Where the values of `key` are, or nil.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Found? {
        guard key.count > 0, key.count <= Self.maximumKeyLength else { return nil }
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        let (key0, key1) = Self.inlineWords(key)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Int(truncatingIfNeeded: hash) & mask
            while true {
                let slot = slots[index]
                if slot.keyLength == 0 { return nil }
                if slot.hash == tag, Int(slot.keyLength) == key.count {
                    let equal = key.count <= 16
                        ? slot.key0 == key0 && slot.key1 == key1
                        : keyBytes.withUnsafeBufferPointer { Self.equal($0.baseAddress! + Int(slot.key0), key) }
                    if equal { return Found(count: Int(slot.valueCount), payload: slot.payload) }
                }
                index = (index + 1) & mask
            }
        }
    }

    /// The first value of what `find` found (the id, for the vocabulary).
    @inline(__always)
    func first(_ found: Found) -> Int32 {
        found.isInline ? Int32(truncatingIfNeeded: found.payload) : values[Int(found.payload)]
    }

    /// Calls `body` with the values of what `find` found.
    @inline(__always)
    func withValues<R>(_ found: Found, _ body: (UnsafeBufferPointer<Int32>) -> R) -> R {
        if found.isInline {
            var pair = found.payload
            return withUnsafeBytes(of: &pair) { body(UnsafeBufferPointer(rebasing: $0.bindMemory(to: Int32.self)[0..<found.count])) }
        }
        return values.withUnsafeBufferPointer {
            body(UnsafeBufferPointer(rebasing: $0[Int(found.payload)..<(Int(found.payload) + found.count)]))
        }
    }

    /// Stores `newValues` under `key`, which must not be in the table yet. Returns nil, storing
    /// nothing, for an empty key, or a key or value list too long for a slot.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, values newValues: UnsafeBufferPointer<Int32>) -> Found? {
        guard key.count > 0, key.count <= Self.maximumKeyLength, newValues.count <= Self.maximumValueCount else { return nil }
        if (count + 1) * 2 > slots.count { grow() }
        var slot = Slot()
        slot.hash = UInt32(truncatingIfNeeded: hash >> 32)
        slot.keyLength = UInt16(key.count)
        slot.valueCount = UInt16(newValues.count)
        if key.count <= 16 {
            (slot.key0, slot.key1) = Self.inlineWords(key)
        } else {
            slot.key0 = UInt64(keyBytes.count)
            keyBytes.append(contentsOf: key)
        }
        if newValues.count <= 2 {
            for (position, value) in newValues.enumerated() {
                slot.payload |= UInt64(UInt32(bitPattern: value)) << (32 * UInt64(position))
            }
        } else {
            slot.payload = UInt64(values.count)
            values.append(contentsOf: newValues)
        }
        place(slot, hash: hash)
        count += 1
        return Found(count: newValues.count, payload: slot.payload)
    }

    /// Empties the table, keeping its memory.
    mutating func removeAll() {
        keyBytes.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = Slot() }
        count = 0
    }

    private mutating func place(_ slot: Slot, hash: UInt64) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].keyLength != 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.keyLength != 0 {
            let hash: UInt64
            if slot.keyLength <= 16 {
                var words = (slot.key0, slot.key1)
                hash = withUnsafeBytes(of: &words) {
                    Self.hash(UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self)[0..<Int(slot.keyLength)]))
                }
            } else {
                hash = keyBytes.withUnsafeBufferPointer {
                    Self.hash(UnsafeBufferPointer(rebasing: $0[Int(slot.key0)..<(Int(slot.key0) + Int(slot.keyLength))]))
                }
            }
            place(slot, hash: hash)
        }
    }

    /// The first 16 bytes of `key`, zero-padded, as two little-endian words (zeros for longer keys).
    @inline(__always)
    private static func inlineWords(_ key: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        guard key.count <= 16, let base = key.baseAddress else { return (0, 0) }
        if key.count <= 8 { return (tail(base, count: key.count), 0) }
        let first = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self))
        return (first, tail(base + 8, count: key.count - 8))
    }

    /// Up to eight bytes as a little-endian word, zero-padded.
    @inline(__always)
    private static func tail(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var word: UInt64 = 0
        var index = count - 1
        while index >= 0 {
            word = (word << 8) | UInt64(bytes[index])
            index -= 1
        }
        return word
    }

    @inline(__always)
    private static func equal(_ stored: UnsafePointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < key.count {
            if stored[index] != key[index] { return false }
            index += 1
        }
        return true
    }
}

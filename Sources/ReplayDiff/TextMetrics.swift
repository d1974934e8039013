/// Surface similarity of two answers: chrF (character n-gram F-score, as sacreBLEU computes it
/// with its defaults: n = 1…6, β = 2, spaces removed, case kept) and ROUGE-L (F1 of the longest
/// common subsequence of words). Both in 0…1, 1 for identical text.
public enum TextMetrics {
    public static func chrF(candidate: String, reference: String, maxOrder: Int = 6, beta: Double = 2) -> Double {
        let c = nonSpaceScalars(candidate), r = nonSpaceScalars(reference)
        if c.isEmpty && r.isEmpty { return 1 }
        if c.isEmpty || r.isEmpty { return 0 }
        var table = NGramTable(capacity: r.count)
        var precisionSum = 0.0, recallSum = 0.0
        var orders = 0
        for n in 1...maxOrder {
            guard c.count >= n, r.count >= n else { continue }
            table.clear()
            forEachNGram(r, n) { table.add($0) }
            var matches = 0
            forEachNGram(c, n) { if table.take($0) { matches += 1 } }
            precisionSum += Double(matches) / Double(c.count - n + 1)
            recallSum += Double(matches) / Double(r.count - n + 1)
            orders += 1
        }
        guard orders > 0 else { return 0 }
        let p = precisionSum / Double(orders), rc = recallSum / Double(orders)
        guard p + rc > 0 else { return 0 }
        let b2 = beta * beta
        return (1 + b2) * p * rc / (b2 * p + rc)
    }

    @inline(__always)
    static func forEachNGram(_ s: [UInt32], _ n: Int, _ body: (UInt64) -> Void) {
        s.withUnsafeBufferPointer { p in
            for i in 0...(p.count - n) {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for k in 0..<n { h = (h ^ UInt64(p[i + k])) &* 0x100_0000_01b3 }
                body(h | 1)
            }
        }
    }

    /// ROUGE-L F1 over lowercased words.
    public static func rougeL(candidate: String, reference: String) -> Double {
        rougeL(Words.hashes(candidate), Words.hashes(reference))
    }

    public static func rougeL(_ c: [UInt64], _ r: [UInt64]) -> Double {
        if c.isEmpty && r.isEmpty { return 1 }
        if c.isEmpty || r.isEmpty { return 0 }
        let lcs = Double(lcsLength(c, r))
        guard lcs > 0 else { return 0 }
        let p = lcs / Double(c.count), rc = lcs / Double(r.count)
        return 2 * p * rc / (p + rc)
    }

    /// The length of the longest common subsequence, in two rows of memory.
    public static func lcsLength(_ a: [UInt64], _ b: [UInt64]) -> Int {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        var previous = [Int32](repeating: 0, count: short.count + 1)
        var current = previous
        for x in long {
            for j in 1...short.count {
                current[j] = x == short[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return Int(previous[short.count])
    }

    static func nonSpaceScalars(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars where !Words.isSpace(s) { out.append(s.value) }
        return out
    }
}

/// Counts of n-gram hashes in open addressing (linear probing): the multiset intersection of two
/// texts' n-grams in one pass each, without sorting.
struct NGramTable {
    private var keys: [UInt64]
    private var counts: [Int32]
    private var used: [Int] = []
    private let mask: Int

    init(capacity: Int) {
        var size = 64
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        counts = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    mutating func clear() {
        for slot in used { keys[slot] = 0; counts[slot] = 0 }
        used.removeAll(keepingCapacity: true)
    }

    /// Adds one occurrence (`key` is never 0).
    mutating func add(_ key: UInt64) {
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 { keys[slot] = key; used.append(slot) }
        counts[slot] += 1
    }

    /// Removes one occurrence if there is one left.
    mutating func take(_ key: UInt64) -> Bool {
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while keys[slot] != 0 {
            if keys[slot] == key {
                guard counts[slot] > 0 else { return false }
                counts[slot] -= 1
                return true
            }
            slot = (slot + 1) & mask
        }
        return false
    }
}

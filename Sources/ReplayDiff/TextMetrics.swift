/// Surface similarity of two answers: chrF (character n-gram F-score, as sacreBLEU computes it
/// with its defaults: n = 1…6, β = 2, spaces removed, case kept) and ROUGE-L (F1 of the longest
/// common subsequence of words). Both in 0…1, 1 for identical text.
public enum TextMetrics {
    public static func chrF(candidate: String, reference: String, maxOrder: Int = 6, beta: Double = 2) -> Double {
        let c = nonSpaceScalars(candidate), r = nonSpaceScalars(reference)
        if c.isEmpty && r.isEmpty { return 1 }
        if c.isEmpty || r.isEmpty { return 0 }
        var precisionSum = 0.0, recallSum = 0.0
        var orders = 0
        for n in 1...maxOrder {
            let cg = ngrams(c, n), rg = ngrams(r, n)
            if cg.isEmpty || rg.isEmpty { continue }
            let matches = commonCount(cg, rg)
            precisionSum += Double(matches) / Double(cg.count)
            recallSum += Double(matches) / Double(rg.count)
            orders += 1
        }
        guard orders > 0 else { return 0 }
        let p = precisionSum / Double(orders), rc = recallSum / Double(orders)
        guard p + rc > 0 else { return 0 }
        let b2 = beta * beta
        return (1 + b2) * p * rc / (b2 * p + rc)
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

    /// Sorted hashes of the n-grams.
    static func ngrams(_ s: [UInt32], _ n: Int) -> [UInt64] {
        guard s.count >= n else { return [] }
        var out = [UInt64](repeating: 0, count: s.count - n + 1)
        s.withUnsafeBufferPointer { p in
            for i in 0..<out.count {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for k in 0..<n { h = (h ^ UInt64(p[i + k])) &* 0x100_0000_01b3 }
                out[i] = h
            }
        }
        out.sort()
        return out
    }

    /// The size of the multiset intersection of two sorted arrays.
    static func commonCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }
}

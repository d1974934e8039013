/// Surface similarity of two answers: chrF (character n-gram F-score, as sacreBLEU computes it
/// with its defaults: n = 1…6, β = 2, spaces removed, case kept) and ROUGE-L (F1 of the longest
/// common subsequence of words). Both in 0…1, 1 for identical text.
public enum TextMetrics {
    public static func chrF(candidate: String, reference: String, maxOrder: Int = 6, beta: Double = 2) -> Double {
        let c = nonSpaceScalars(candidate), r = nonSpaceScalars(reference)
        if c.isEmpty && r.isEmpty { return 1 }
        if c.isEmpty || r.isEmpty { return 0 }
        // Two versions of an answer share most of their text: n-grams inside the common prefix or
        // the common suffix are the same on both sides and all match (min(a + x, a + y) = a +
        // min(x, y) for each n-gram), so only the n-grams touching the differing middle are counted.
        let (p, s) = commonEnds(c, r)
        // The windows holding every n-gram that touches the middle, up to the largest order.
        let low = max(0, p - maxOrder + 1)
        let rw = Array(r[low..<min(r.count, r.count - s + maxOrder - 1)])
        let cw = Array(c[low..<min(c.count, c.count - s + maxOrder - 1)])
        var precisionSum = 0.0, recallSum = 0.0
        var orders = 0
        // The FNV-1a hash of the n-gram starting at each position, extended by one scalar per
        // order: order n reuses order n − 1's hashes instead of hashing n scalars again.
        var rh = [UInt64](repeating: 0xcbf2_9ce4_8422_2325, count: rw.count)
        var ch = [UInt64](repeating: 0xcbf2_9ce4_8422_2325, count: cw.count)
        // The reference's middle n-grams counted in open addressing (linear probing), cleared per
        // order: the multiset intersection with the candidate's in one pass each, without sorting.
        var size = 64
        while size < rw.count * 2 { size <<= 1 }
        let mask = size - 1
        var keys = [UInt64](repeating: 0, count: size)
        var counts = [Int32](repeating: 0, count: size)
        for n in 1...maxOrder {
            guard c.count >= n, r.count >= n else { continue }
            if rw.count >= n { extend(&rh, rw, n) }
            if cw.count >= n { extend(&ch, cw, n) }
            // Shared n-grams: those inside the prefix, and those inside the suffix.
            var matches = max(0, p - n + 1) + max(0, s - n + 1)
            // The others, by position in the windows.
            let middle = { (count: Int) in max(0, p - n + 1) - low..<max(max(0, p - n + 1), min(count - n + 1, count - s)) - low }
            let rRange = middle(r.count), cRange = middle(c.count)
            keys.withUnsafeMutableBufferPointer { keys in
                counts.withUnsafeMutableBufferPointer { counts in
                    keys.update(repeating: 0)
                    counts.update(repeating: 0)
                    for h in rh[rRange] {
                        let key = h | 1
                        var slot = Int(truncatingIfNeeded: key >> 7) & mask
                        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
                        keys[slot] = key
                        counts[slot] += 1
                    }
                    for h in ch[cRange] {
                        let key = h | 1
                        var slot = Int(truncatingIfNeeded: key >> 7) & mask
                        while keys[slot] != 0 {
                            if keys[slot] == key {
                                if counts[slot] > 0 { counts[slot] -= 1; matches += 1 }
                                break
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
            precisionSum += Double(matches) / Double(c.count - n + 1)
            recallSum += Double(matches) / Double(r.count - n + 1)
            orders += 1
        }
        guard orders > 0 else { return 0 }
        let pr = precisionSum / Double(orders), rc = recallSum / Double(orders)
        guard pr + rc > 0 else { return 0 }
        let b2 = beta * beta
        return (1 + b2) * pr * rc / (b2 * pr + rc)
    }

    /// The lengths of the longest common prefix and, after it, the longest common suffix.
    static func commonEnds<T: Equatable>(_ a: [T], _ b: [T]) -> (prefix: Int, suffix: Int) {
        var p = 0
        while p < a.count, p < b.count, a[p] == b[p] { p += 1 }
        var s = 0
        while s < a.count - p, s < b.count - p, a[a.count - 1 - s] == b[b.count - 1 - s] { s += 1 }
        return (p, s)
    }

    /// Turns the hashes of the (n − 1)-grams at each position into those of the n-grams.
    @inline(__always)
    static func extend(_ hashes: inout [UInt64], _ s: [UInt32], _ n: Int) {
        s.withUnsafeBufferPointer { p in
            hashes.withUnsafeMutableBufferPointer { h in
                for i in 0...(p.count - n) { h[i] = (h[i] ^ UInt64(p[i + n - 1])) &* 0x100_0000_01b3 }
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

    /// The length of the longest common subsequence, bit-parallel (Allison–Dix, as refined by
    /// Hyyrö): one bit per element of the shorter sequence, one pass of word operations per
    /// element of the longer one.
    public static func lcsLength(_ a: [UInt64], _ b: [UInt64]) -> Int {
        // A common prefix and suffix belong to every longest common subsequence: count them and
        // compare only the middles (two versions of an answer differ in a small part).
        let (head, tail) = commonEnds(a, b)
        if head + tail == a.count || head + tail == b.count { return head + tail }
        if head > 0 || tail > 0 {
            return head + tail + middleLCS(Array(a[head..<(a.count - tail)]), Array(b[head..<(b.count - tail)]))
        }
        return middleLCS(a, b)
    }

    static func middleLCS(_ a: [UInt64], _ b: [UInt64]) -> Int {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard !short.isEmpty else { return 0 }
        let words = (short.count + 63) / 64
        // The positions of each distinct element in the shorter sequence, as a bit mask.
        var slot: [UInt64: Int] = [:]
        slot.reserveCapacity(short.count)
        var masks: [UInt64] = []
        for (i, x) in short.enumerated() {
            let s: Int
            if let known = slot[x] { s = known } else {
                s = masks.count / words
                slot[x] = s
                masks.append(contentsOf: repeatElement(0, count: words))
            }
            masks[s * words + i / 64] |= 1 << UInt64(i % 64)
        }
        // V has a 0 bit where the LCS so far gained a match; it starts all ones.
        var v = [UInt64](repeating: ~0, count: words)
        masks.withUnsafeBufferPointer { m in
            v.withUnsafeMutableBufferPointer { v in
                for x in long {
                    guard let s = slot[x] else { continue }
                    let base = s * words
                    var carry: UInt64 = 0
                    for w in 0..<words {
                        let u = v[w] & m[base + w]
                        let (sum1, o1) = v[w].addingReportingOverflow(u)
                        let (sum2, o2) = sum1.addingReportingOverflow(carry)
                        carry = (o1 || o2) ? 1 : 0
                        v[w] = sum2 | (v[w] & ~m[base + w])
                    }
                }
            }
        }
        var zeros = 0
        for w in 0..<words {
            let bits = w == words - 1 && short.count % 64 != 0 ? short.count % 64 : 64
            let valid: UInt64 = bits == 64 ? ~0 : (1 << UInt64(bits)) - 1
            zeros += (~v[w] & valid).nonzeroBitCount
        }
        return zeros
    }

    static func nonSpaceScalars(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars where !Words.isSpace(s) { out.append(s.value) }
        return out
    }
}

/// Aligns the blocks of two answers in order (a monotone alignment maximizing total similarity),
/// then says per block: kept, reworded (with the facts that changed), dropped or added.
enum Alignment {
    /// Blocks below this similarity are not paired.
    static let pairThreshold = 0.55

    static func align(baseline: String, candidate: String, embed: MemoEmbedder) -> [BlockChange] {
        let a = embed.blocks(baseline), b = embed.blocks(candidate)
        if a.isEmpty && b.isEmpty { return [] }
        let an = a.map { embed.normalized($0.text) }, bn = b.map { embed.normalized($0.text) }
        // Similarity of every pair; equal normalized text is 1 without embedding.
        var sim = [[Double]](repeating: [Double](repeating: 0, count: b.count), count: a.count)
        for i in 0..<a.count {
            for j in 0..<b.count {
                guard an[i] != bn[j] else { sim[i][j] = 1; continue }
                // Word overlap can pair blocks the embedding alone would not (a reworded list item).
                let semantic = embed.similarity(a[i].text, b[j].text)
                sim[i][j] = semantic >= pairThreshold ? semantic : max(semantic, TextMetrics.rougeL(embed.hashes(b[j].text), embed.hashes(a[i].text)))
            }
        }
        // score[i][j]: best total over the first i and j blocks.
        var score = [[Double]](repeating: [Double](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count {
            for j in 0...b.count where i > 0 || j > 0 {
                var best = -1.0
                if i > 0 { best = max(best, score[i - 1][j]) }
                if j > 0 { best = max(best, score[i][j - 1]) }
                if i > 0, j > 0, sim[i - 1][j - 1] >= pairThreshold { best = max(best, score[i - 1][j - 1] + sim[i - 1][j - 1]) }
                score[i][j] = best
            }
        }
        var changes: [BlockChange] = []
        var i = a.count, j = b.count
        while i > 0 || j > 0 {
            if i > 0, j > 0, sim[i - 1][j - 1] >= pairThreshold, abs(score[i][j] - (score[i - 1][j - 1] + sim[i - 1][j - 1])) < 1e-9 {
                let s = sim[i - 1][j - 1]
                if an[i - 1] == bn[j - 1] {
                    changes.append(BlockChange(kind: .kept, baseline: a[i - 1].text, candidate: b[j - 1].text, similarity: 1, changedFacts: []))
                } else {
                    changes.append(BlockChange(kind: .reworded, baseline: a[i - 1].text, candidate: b[j - 1].text, similarity: s,
                                               changedFacts: factChanges(a[i - 1].text, b[j - 1].text, embed: embed)))
                }
                i -= 1; j -= 1
            } else if i > 0, score[i][j] == score[i - 1][j] {
                changes.append(BlockChange(kind: .dropped, baseline: a[i - 1].text, candidate: nil, similarity: nil, changedFacts: []))
                i -= 1
            } else {
                changes.append(BlockChange(kind: .added, baseline: nil, candidate: b[j - 1].text, similarity: nil, changedFacts: []))
                j -= 1
            }
        }
        return changes.reversed()
    }

    /// The facts of each kind that one side states and the other does not.
    static func factChanges(_ old: String, _ new: String, embed: MemoEmbedder) -> [FactChange] {
        let a = embed.entities(old), b = embed.entities(new)
        var out: [FactChange] = []
        for kind in Entity.Kind.allCases {
            let ak = a.filter { $0.kind == kind }, bk = b.filter { $0.kind == kind }
            let bKeys = Set(bk.map(\.key)), aKeys = Set(ak.map(\.key))
            let from = ak.filter { !bKeys.contains($0.key) }.map(\.text)
            let to = bk.filter { !aKeys.contains($0.key) }.map(\.text)
            // A fact only dropped or only added is a rewording; one replaced by another is a changed fact.
            // Single capitalized words are too often not names to count as facts here.
            let multiword = { (names: [String]) in names.filter { kind != .name || $0.contains(" " as Character) } }
            let (f, t) = (multiword(from), multiword(to))
            if !f.isEmpty, !t.isEmpty { out.append(FactChange(kind: kind, from: f, to: t)) }
        }
        return out
    }
}

/// A word-level diff for display (Myers' O((N+M)·D) algorithm over display tokens), with
/// whitespace-only changes folded into the surrounding text.
public struct WordDiff: Sendable, Equatable {
    public enum Kind: String, Sendable { case equal, deleted, inserted }

    public struct Piece: Sendable, Equatable {
        public let kind: Kind
        public let text: String
    }

    public let pieces: [Piece]

    public var changed: Bool { pieces.contains { $0.kind != .equal } }

    /// The diff from `old` to `new`. Past `maxEdits` differing tokens the texts are shown as one
    /// deletion and one insertion (a rewrite reads better that way anyway).
    public init(old: String, new: String, maxEdits: Int = 2_000) {
        let a = Words.displayTokens(old), b = Words.displayTokens(new)
        guard let script = WordDiff.script(a.map { Substring($0) }, b.map { Substring($0) }, maxEdits: maxEdits) else {
            var pieces: [Piece] = []
            if !old.isEmpty { pieces.append(Piece(kind: .deleted, text: old)) }
            if !new.isEmpty { pieces.append(Piece(kind: .inserted, text: new)) }
            self.pieces = pieces
            return
        }
        var pieces: [Piece] = []
        func add(_ kind: Kind, _ text: Substring) {
            if let last = pieces.last, last.kind == kind {
                pieces[pieces.count - 1] = Piece(kind: kind, text: last.text + text)
            } else {
                pieces.append(Piece(kind: kind, text: String(text)))
            }
        }
        for step in script {
            switch step {
            case .equal(let i, _): add(.equal, a[i])
            case .delete(let i): add(.deleted, a[i])
            case .insert(let j): add(.inserted, b[j])
            }
        }
        self.pieces = WordDiff.cleanUp(pieces)
    }

    /// Reads better: a change interrupted only by spaces or a lone short word is one change (all of
    /// the old run deleted, then all of the new run inserted), not a word-by-word zipper.
    static func cleanUp(_ pieces: [Piece]) -> [Piece] {
        var out: [Piece] = []
        var deleted = "", inserted = ""
        var inChange = false
        func flush() {
            if !deleted.isEmpty { out.append(Piece(kind: .deleted, text: deleted)) }
            if !inserted.isEmpty { out.append(Piece(kind: .inserted, text: inserted)) }
            deleted = ""; inserted = ""
            inChange = false
        }
        for (n, piece) in pieces.enumerated() {
            switch piece.kind {
            case .deleted: deleted += piece.text; inChange = true
            case .inserted: inserted += piece.text; inChange = true
            case .equal:
                let bridgesChanges = inChange && n + 1 < pieces.count && pieces[n + 1].kind != .equal
                    && (piece.text.allSatisfy(\.isWhitespace) || (Words.count(piece.text) <= 1 && piece.text.count <= 4))
                if bridgesChanges {
                    deleted += piece.text
                    inserted += piece.text
                } else {
                    flush()
                    out.append(piece)
                }
            }
        }
        flush()
        return out
    }

    enum Step { case equal(Int, Int), delete(Int), insert(Int) }

    /// Myers' shortest edit script, or nil past `maxEdits`.
    static func script(_ a: [Substring], _ b: [Substring], maxEdits: Int) -> [Step]? {
        let n = a.count, m = b.count
        let maxD = min(n + m, maxEdits)
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        var trace: [[Int]] = []
        var found = false
        outer: for d in 0...maxD {
            trace.append(v)
            var k = -d
            while k <= d {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n && y < m && a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n && y >= m { found = true; break outer }
                k += 2
            }
        }
        guard found else { return nil }
        // Walk back through the saved frontiers.
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let vd = trace[d]
            let k = x - y
            let prevK: Int
            if d == 0 {
                while x > 0 && y > 0 { x -= 1; y -= 1; steps.append(.equal(x, y)) }
                break
            }
            if k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1]) { prevK = k + 1 } else { prevK = k - 1 }
            let prevX = vd[offset + prevK]
            let prevY = prevX - prevK
            while x > prevX && y > prevY { x -= 1; y -= 1; steps.append(.equal(x, y)) }
            if prevK == k + 1 { steps.append(.insert(prevY)) } else { steps.append(.delete(prevX)) }
            x = prevX
            y = prevY
        }
        return steps.reversed()
    }
}

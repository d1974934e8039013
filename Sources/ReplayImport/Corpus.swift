import ReplayCore

/// Corpus hygiene between reading and writing: filters (dates, models, depth), exact and
/// near-duplicate removal, and seeded sampling (stratified when asked), all in bounded memory:
/// a hash per kept case, and the sample's reservoirs.
public struct Corpus {
    public enum Stratum: String, Sendable, CaseIterable { case source, model, tag }

    public struct Options: Sendable {
        /// Keep cases sent on or after / before this ISO date or time (compared as text: `2026-01-31`).
        public var since: String?
        public var until: String?
        /// Keep cases answered by one of these models (exact, or a prefix ending in `*`).
        public var models: [String] = []
        /// Keep cases whose prompt is at least the N-th human turn of its conversation.
        public var minTurns: Int?
        public var dedupe = true
        public var sample: Int?
        public var seed: UInt64 = 0
        public var stratify: Stratum?

        public init() {}
    }

    public enum Verdict: Equatable {
        /// Keep it: write it now.
        case keep
        /// Held for the sample; `finish()` says which are kept.
        case held
        case skipped(String)
        /// Keep it instead of the earlier case with the same context and prompt (this exact key),
        /// which it completes: an API request log holds one request per step of a tool loop, each
        /// repeating the prompt, and the later ones carry more of production's calls and results.
        case supersedes(Int)
    }

    public let options: Options
    public private(set) var skipped: [String: Int] = [:]
    public private(set) var considered = 0
    /// Exact keys of the cases seen, with how complete the kept one is (its recorded calls, its reply).
    var exact: [Int: Int] = [:]
    var near = Set<Int>()
    var reservoirs: [String: Reservoir] = [:]
    var rng: SplitMix64

    public init(_ options: Options) {
        self.options = options
        rng = SplitMix64(seed: options.seed)
    }

    public mutating func consider(_ c: ImportedCase) -> Verdict {
        considered += 1
        if let reason = filterReason(c) { return skip(reason) }
        if options.dedupe {
            let completeness = Self.completeness(c)
            if let kept = exact[c.keys.exact] {
                // Without a sample the earlier copy is already written: a more complete one replaces it.
                guard options.sample == nil, completeness > kept else { return skip("exact duplicate") }
                exact[c.keys.exact] = completeness
                return .supersedes(c.keys.exact)
            }
            exact[c.keys.exact] = completeness
            guard near.insert(c.keys.near).inserted else { return skip("near duplicate (differs only in case, punctuation or spacing)") }
        }
        guard let n = options.sample else { return .keep }
        let stratum = stratumKey(c)
        reservoirs[stratum, default: Reservoir(capacity: n)].offer(c, sequence: considered, rng: &rng)
        return .held
    }

    /// The sampled cases in the order they were read (empty without `sample`).
    public mutating func finish() -> [ImportedCase] {
        guard let n = options.sample else { return [] }
        let total = reservoirs.values.reduce(0) { $0 + $1.seen }
        guard total > 0 else { return [] }
        // Proportional allocation by largest remainder, at most what each stratum holds.
        let keys = reservoirs.keys.sorted()
        var quota: [String: Int] = [:]
        var remainders: [(Double, String)] = []
        let target = min(n, total)
        for k in keys {
            let exactShare = Double(target) * Double(reservoirs[k]!.seen) / Double(total)
            quota[k] = min(Int(exactShare), reservoirs[k]!.items.count)
            remainders.append((exactShare - Double(Int(exactShare)), k))
        }
        var left = target - quota.values.reduce(0, +)
        for (_, k) in remainders.sorted(by: { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }) where left > 0 {
            if quota[k]! < reservoirs[k]!.items.count { quota[k]! += 1; left -= 1 }
        }
        var chosen: [(Int, ImportedCase)] = []
        for k in keys {
            var items = reservoirs[k]!.items
            // The reservoir is a uniform sample; a seeded shuffle makes any prefix of it one too.
            for i in stride(from: items.count - 1, to: 0, by: -1) {
                items.swapAt(i, Int(rng.next() % UInt64(i + 1)))
            }
            chosen += items.prefix(quota[k]!)
        }
        let kept = chosen.count
        skipped["not in the sample", default: 0] += total - kept
        return chosen.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// How much of production's answer a case keeps: its recorded tool calls, then its reply.
    static func completeness(_ c: ImportedCase) -> Int { c.value.recordedCalls.count * 2 + (c.reply == nil ? 0 : 1) }

    mutating func skip(_ reason: String) -> Verdict {
        skipped[reason, default: 0] += 1
        return .skipped(reason)
    }

    func filterReason(_ c: ImportedCase) -> String? {
        if options.since != nil || options.until != nil {
            guard let date = c.created else { return "no date (with --since/--until)" }
            if let since = options.since, date < since { return "before --since" }
            if let until = options.until, String(date.prefix(until.count)) > until { return "after --until" }
        }
        if !options.models.isEmpty {
            guard let model = c.model else { return "no model (with --model)" }
            let match = options.models.contains { pattern in
                pattern.hasSuffix("*") ? model.hasPrefix(String(pattern.dropLast())) : model == pattern
            }
            if !match { return "another model than --model" }
        }
        if let minTurns = options.minTurns, c.ordinal < minTurns { return "fewer turns than --min-turns" }
        return nil
    }

    func stratumKey(_ c: ImportedCase) -> String {
        switch options.stratify {
        case nil: return ""
        case .source: return c.format.rawValue
        case .model: return c.model ?? "(unknown model)"
        case .tag: return c.value.tags.first { $0 != "multi-turn" && $0 != "agentic" } ?? "(no tag)"
        }
    }

    /// Feeds the text's words (letters and digits, lowercased) to the hasher, one separator
    /// between words: case, punctuation and spacing make no difference.
    static func hashNormalized(_ text: String, into h: inout Hasher) {
        var text = text
        var out: [UInt8] = []
        let ascii: Bool = text.withUTF8 { bytes in
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for b in bytes {
                if b >= 0x80 { return false }
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) {
                    if pendingSpace, !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
                } else { pendingSpace = true }
            }
            return true
        }
        if !ascii {
            // Other scripts: the slower Unicode-aware pass.
            out.removeAll(keepingCapacity: true)
            var pendingSpace = false
            for scalar in text.lowercased().unicodeScalars {
                if scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39) {
                    if pendingSpace, !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(contentsOf: String(scalar).utf8)
                } else { pendingSpace = true }
            }
        }
        out.withUnsafeBytes { h.combine(bytes: $0) }
        h.combine(out.count)
    }
}

/// What makes two cases duplicates, as two 64-bit hashes: exact (the same system prompt, context,
/// prompt, tools and parameters) and near (the same words in the same order once case,
/// punctuation and spacing are ignored). Hashes of a conversation's turns are computed once and
/// chained, so a long conversation costs linear, not quadratic, time. (Per-process hash seeds
/// are fine: duplicates are found within one import; two different cases share a hash with odds
/// of about 1 in 10^7 at a million cases.)
public struct DuplicateKeys: Sendable, Equatable {
    public var exact: Int
    public var near: Int

    /// Keys of every prefix of the conversation: `prefixes[k]` covers the system prompt, tools,
    /// parameters and turns 0..<k.
    static func prefixes(_ c: ImportedConversation) -> [DuplicateKeys] {
        var exact = Hasher(), near = Hasher()
        exact.combine(c.system)
        exact.combine(c.tools.map(\.name))
        exact.combine(c.parameters.json)
        Corpus.hashNormalized(c.system ?? "", into: &near)
        var out = [DuplicateKeys(exact: exact.finalize(), near: near.finalize())]
        for turn in c.turns {
            var e = Hasher(), n = Hasher()
            e.combine(out.last!.exact)
            e.combine(turn.origin.rawValue)
            if case .string(var s) = turn.content { s.withUTF8 { e.combine(bytes: UnsafeRawBufferPointer($0)) } } else { e.combine(turn.content) }
            for call in turn.toolCalls { e.combine(call.name); e.combine(call.arguments) }
            n.combine(out.last!.near)
            Corpus.hashNormalized(turn.text, into: &n)
            out.append(DuplicateKeys(exact: e.finalize(), near: n.finalize()))
        }
        return out
    }
}

/// A uniform sample of at most `capacity` of the items offered (Algorithm R).
struct Reservoir {
    let capacity: Int
    var items: [(Int, ImportedCase)] = []
    var seen = 0

    init(capacity: Int) { self.capacity = capacity }

    mutating func offer(_ item: ImportedCase, sequence: Int, rng: inout SplitMix64) {
        seen += 1
        if items.count < capacity { items.append((sequence, item)); return }
        let j = Int(rng.next() % UInt64(seen))
        if j < capacity { items[j] = (sequence, item) }
    }
}

/// A small seeded generator: the same seed gives the same sample on every machine.
public struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

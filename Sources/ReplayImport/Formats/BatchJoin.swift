import ReplayCore

/// Batch requests and results joined on `custom_id`, whatever order and files they come in: a
/// request is read into a pending conversation at once (so its problems name its own line), a result
/// into a reply; a pair is given out as soon as both halves are read. At the end, requests without
/// a result are pending replies, and results without a request are problems (they hold no prompt).
struct BatchJoin {
    private var requests: [String: ImportedConversation] = [:]
    private var requestOrder: [String] = []
    private var results: [String: (record: LogRecord, reply: APIReply)] = [:]
    private var resultOrder: [String] = []
    /// Requests with no conversation in them (embeddings, moderations): their results are dropped.
    private var ignored: Set<String> = []
    private var joined: Set<String> = []

    mutating func ignore(_ customID: String) { ignored.insert(customID) }
    func isIgnored(_ customID: String) -> Bool { ignored.contains(customID) }

    /// A request line's conversation (request only).
    mutating func request(_ customID: String, _ conversation: ImportedConversation, at f: APIField) throws(RecordProblem) -> [ImportedConversation] {
        guard requests[customID] == nil, !joined.contains(customID) else {
            throw f.child("custom_id").problem("custom_id '\(customID)' was already used by another request of the batch")
        }
        if let result = results.removeValue(forKey: customID) {
            joined.insert(customID)
            return [Self.join(conversation, result.reply)]
        }
        requests[customID] = conversation
        requestOrder.append(customID)
        return []
    }

    /// A result line's reply.
    mutating func result(_ customID: String, _ reply: APIReply, record: LogRecord, at f: APIField) throws(RecordProblem) -> [ImportedConversation] {
        if ignored.contains(customID) { return [] }
        guard results[customID] == nil, !joined.contains(customID) else {
            throw f.child("custom_id").problem("custom_id '\(customID)' already has a result in the batch output")
        }
        if let conversation = requests.removeValue(forKey: customID) {
            joined.insert(customID)
            return [Self.join(conversation, reply)]
        }
        results[customID] = (record, reply)
        resultOrder.append(customID)
        return []
    }

    /// The request with its reply: the assistant turn(s), or for a failed request no reply and the
    /// `batch-errored` tag.
    static func join(_ conversation: ImportedConversation, _ reply: APIReply) -> ImportedConversation {
        var c = conversation
        c.pendingReply = false
        if reply.errored {
            if !c.tags.contains("batch-errored") { c.tags.append("batch-errored") }
        } else {
            c.turns += reply.turns
        }
        if c.created == nil { c.created = reply.created }
        if c.model == nil { c.model = reply.model }
        return c
    }

    /// What is left at the end: requests without results (pending replies), and the problem naming
    /// results without requests.
    mutating func finish() -> (conversations: [ImportedConversation], problem: RecordProblem?) {
        let pending = requestOrder.compactMap { requests[$0] }
        let orphans = resultOrder.filter { results[$0] != nil && !ignored.contains($0) }
        var problem: RecordProblem?
        if let first = orphans.first, let record = results[first]?.record {
            let names = orphans.prefix(10).map { "'\($0)'" }.joined(separator: ", ") + (orphans.count > 10 ? " and \(orphans.count - 10) more" : "")
            let noun = orphans.count == 1 ? "a result" : "\(orphans.count) results"
            problem = record.problem("\(noun) without its request (custom_id \(names)): a result holds no prompt; read the batch input file with its output",
                                     field: "custom_id")
        }
        requests = [:]
        requestOrder = []
        results = [:]
        resultOrder = []
        return (pending, problem)
    }
}

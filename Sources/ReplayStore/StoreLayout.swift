import ReplayCore

/// Where things live in the snapshot store.
///
/// References (O(models)): `refs/replay/runs/<model-slug>` (each run a child of the previous run of
/// that model) and `refs/replay/default` (the accepted baseline).
/// A run's tree: `run.json` (manifest), `metrics.jsonl` (per-case usage and timings, if any), and
/// `cases/<ab>/<case-id>/{input.json,output.md,response.json}`, where `ab` is the first byte of
/// SHA-256(case id) in hexadecimal.
public enum StoreLayout {
    public static let runsPrefix = "refs/replay/runs/"
    public static let defaultRef = "refs/replay/default"
    public static let casesFolder = "cases"

    public static func runRef(model: String) -> String { runsPrefix + ModelName.slug(model) }

    /// The 2-hex shard of a case id.
    public static func shard(of caseID: String) -> String {
        var hasher = SHA256()
        hasher.update(caseID)
        let digest = hasher.finalize()
        return [digest[0]].hexString
    }

    public static func casePath(_ caseID: String) -> String { "\(casesFolder)/\(shard(of: caseID))/\(caseID)" }
}

/// Commit-message trailers of a run.
public enum Trailers {
    public static let model = "Replay-Model"
    public static let run = "Replay-Run"
    public static let cases = "Replay-Cases"
    public static let recorded = "Replay-Recorded"
    public static let errored = "Replay-Errored"
    public static let provider = "Replay-Provider"

    /// `Key: value` lines of the message's last paragraph.
    public static func parse(_ message: String) -> [String: String] {
        let paragraphs = message.split(separator: "\n\n", omittingEmptySubsequences: true)
        guard let last = paragraphs.last else { return [:] }
        var result: [String: String] = [:]
        for line in last.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: " ")
            let value = line[line.index(after: colon)...].trimmingCharacters(in: " ")
            result[key] = value
        }
        return result
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        var s = self
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}

import Foundation
import ReplayKit

/// `--import MB`: a generated ChatGPT-format export of about MB megabytes (`conversations.json`:
/// mapping trees with branches, custom instructions, tool calls, images, personal data in the
/// text) imported by the built `replay` binary, against Python's `json.load` of the same file plus
/// a walk of every conversation's active branch, measured in the same run. Wall time and peak
/// RSS of each process (from wait4's rusage).
func benchImport(megabytes: Int) throws {
    let folder = NSTemporaryDirectory() + "replay-bench-import-\(getpid())"
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.createDirectory(atPath: folder + "/ws/.replay/cases", withIntermediateDirectories: true)
    defer { if ProcessInfo.processInfo.environment["REPLAY_BENCH_KEEP"] == nil { try? FileManager.default.removeItem(atPath: folder) } }
    let export = folder + "/conversations.json"
    let (conversations, bytes) = try writeChatGPTExport(to: export, megabytes: megabytes)
    let walk = folder + "/walk.py"
    try """
        import json, sys
        data = json.load(open(sys.argv[1], encoding="utf-8"))
        prompts = 0
        for c in data:
            m = c["mapping"]; node = c.get("current_node"); path = []
            while node:
                n = m[node]; path.append(n); node = n.get("parent")
            for n in reversed(path):
                msg = n.get("message")
                if msg and msg["author"]["role"] == "user":
                    prompts += sum(len(p) for p in msg["content"].get("parts", []) if isinstance(p, str))
        print(prompts)
        """.write(toFile: walk, atomically: true, encoding: .utf8)
    let python = try timed(["python3", walk, export])
    let replayBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("replay").path
    let replay = try timed([replayBinary, "import", export, "--json", "--workspace", folder + "/ws"])
    let summary = (try? JSONParser.parse(replay.output).json) ?? .null
    print("| export | conversations | replay import: wall, peak RSS | Python json.load + walk: wall, peak RSS | speed ratio (Python ÷ replay) | cases written |")
    print("|---|---|---|---|---|---|")
    print("| \(bytes / 1_000_000) MB | \(conversations) | \(format(replay.seconds)), \(replay.peakMB) MB | \(format(python.seconds)), \(python.peakMB) MB | "
          + String(format: "%.2f×", python.seconds / replay.seconds) + " | \(summary["cases"]?.intValue ?? -1) |")
    print("redacted: \(summary["redacted"]?.compact ?? "?"), skipped: \(summary["skipped"]?.compact ?? "?")")
}

struct Timed { let seconds: Double; let peakMB: Int; let output: String }

/// Runs a program to its end: wall time, peak resident memory, standard output.
func timed(_ arguments: [String]) throws -> Timed {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("replay-bench-out-\(getpid())").path
    FileManager.default.createFile(atPath: out, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: out) }
    let start = DispatchTime.now().uptimeNanoseconds
    var pid: pid_t = 0
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_TRUNC, 0o644)
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    guard posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { throw ReplayError("cannot start \(arguments[0])") }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    guard status == 0 else { throw ReplayError("\(arguments.joined(separator: " ")) failed (status \(status))") }
    return Timed(seconds: seconds, peakMB: usage.ru_maxrss / 1024, output: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
}

/// Writes a ChatGPT-shaped export of about `megabytes` MB; returns the conversations and bytes written.
func writeChatGPTExport(to path: String, megabytes: Int) throws -> (Int, Int) {
    FileManager.default.createFile(atPath: path, contents: nil)
    guard let handle = FileHandle(forWritingAtPath: path) else { throw ReplayError("cannot write \(path)") }
    defer { try? handle.close() }
    let target = megabytes * 1_000_000
    var written = 0, n = 0
    var chunk: [UInt8] = Array("[".utf8)
    var rng = SplitMix64(seed: 42)
    let topics = ["refund", "invoice", "shipping delay", "password reset", "contract clause", "SQL query", "holiday plan", "bug report"]
    let names = ["Maria Lopez", "Tom Becker", "Aiko Tanaka", "Lars Nilsen", "Priya Shah", "Omar Haddad"]
    func q(_ s: String) -> String { JSONValue.string(s).compact }
    while written + chunk.count < target {
        let t = 1_700_000_000 + n * 600
        let topic = topics[n % topics.count], person = names[n % names.count]
        let turns = 1 + Int(rng.next() % 6)
        var mapping: [String] = [#""root": {"id": "root", "message": null, "parent": null, "children": ["sys"]}"#,
                                 #""sys": {"id": "sys", "message": {"id": "sys", "author": {"role": "system", "name": null, "metadata": {}}, "create_time": null, "content": {"content_type": "text", "parts": [""]}, "status": "finished_successfully", "metadata": {"is_visually_hidden_from_conversation": true}, "recipient": "all"}, "parent": "root", "children": ["u0"]}"#]
        var parent = "sys"
        for k in 0..<turns {
            let u = "u\(k)", a = "a\(k)"
            let email = person.lowercased().replacingOccurrences(of: " ", with: ".") + "\(n % 97)@example.com"
            let prompt = "Hi, this is \(person) (\(email), +44 20 7946 \(String(format: "%04d", n % 10_000))). About the \(topic) from order #\(100_000 + n): "
                + String(repeating: "could you explain what happens next and what I should prepare before the call on Friday? ", count: 1 + Int(rng.next() % 4))
            let reply = "Of course. For the \(topic), here is what happens next: " + String(repeating: "we review the request, confirm the details with you and send a written summary within two working days. ", count: 2 + Int(rng.next() % 8))
            let next = k + 1 < turns ? "u\(k + 1)" : nil
            mapping.append(#""\#(u)": {"id": "\#(u)", "message": {"id": "\#(u)", "author": {"role": "user", "name": null, "metadata": {}}, "create_time": \#(t + k * 60).25, "content": {"content_type": "text", "parts": [\#(q(prompt))]}, "status": "finished_successfully", "weight": 1.0, "metadata": {}, "recipient": "all"}, "parent": "\#(parent)", "children": ["\#(a)"]}"#)
            mapping.append(#""\#(a)": {"id": "\#(a)", "message": {"id": "\#(a)", "author": {"role": "assistant", "name": null, "metadata": {}}, "create_time": \#(t + k * 60 + 5).5, "content": {"content_type": "text", "parts": [\#(q(reply))]}, "status": "finished_successfully", "end_turn": true, "weight": 1.0, "metadata": {"model_slug": "gpt-4o", "finish_details": {"type": "stop"}}, "recipient": "all"}, "parent": "\#(u)", "children": [\#(next.map { "\"\($0)\"" } ?? "")]}"#)
            parent = a
        }
        let conversation = #"{"title": \#(q("\(topic.capitalized) \(n)")), "create_time": \#(t).5, "update_time": \#(t + 900).5, "mapping": {\#(mapping.joined(separator: ", "))}, "moderation_results": [], "current_node": "\#(parent)", "plugin_ids": null, "conversation_id": "conv-\#(n)", "id": "conv-\#(n)", "default_model_slug": "gpt-4o", "is_archived": false}"#
        if n > 0 { chunk.append(0x2C) }
        chunk.append(contentsOf: conversation.utf8)
        n += 1
        if chunk.count > 1 << 22 {
            handle.write(Data(chunk))
            written += chunk.count
            chunk.removeAll(keepingCapacity: true)
        }
    }
    chunk.append(0x5D)
    handle.write(Data(chunk))
    written += chunk.count
    return (n, written)
}

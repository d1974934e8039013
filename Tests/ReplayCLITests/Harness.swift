import Foundation
import Testing

/// Runs the built `replay` binary in a temporary workspace folder.
final class Sandbox {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "replay-cli-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `replay` executable beside the test bundle (SwiftPM builds it with the tests).
    static let binary: String = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("replay").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let fallback = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/replay").path
        return fallback
    }()

    @discardableResult
    func replay(_ arguments: [String], in folder: String? = nil, environment: [String: String] = [:]) throws -> Result {
        try run(Self.binary, arguments, in: folder, environment: environment)
    }

    @discardableResult
    func replay(_ arguments: String..., in folder: String? = nil, environment: [String: String] = [:]) throws -> Result {
        try replay(arguments, in: folder, environment: environment)
    }

    /// Runs git in the workspace's store.
    @discardableResult
    func git(_ arguments: String...) throws -> Result {
        try run("/usr/bin/env", ["git", "--git-dir=" + root + "/.replay/store"] + arguments)
    }

    func run(_ executable: String, _ arguments: [String], in folder: String? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder ?? root)
        var env = ProcessInfo.processInfo.environment
        env["REPLAY_WORKSPACE"] = nil
        env["NO_COLOR"] = nil
        env["CI"] = nil  // the tests say when they mean CI (a CI machine sets it for everything)
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let errPath = NSTemporaryDirectory() + "replay-cli-stderr-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let errData = FileManager.default.contents(atPath: errPath) ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a shell command on a real terminal (a detached tmux session of the given size) until it
    /// prints `EXIT=<status>`, and returns the screen (`escapes`: with colours and attributes).
    /// tmux is started through the shell (system(3)): its server outlives the call, and
    /// Foundation's Process does not reap a client whose server keeps running. Each call has a tmux
    /// server of its own (`-L`): concurrent tests racing to start one shared server made the loser
    /// fail to start.
    func onTerminal(_ command: String, width: Int = 120, height: Int = 30, escapes: Bool = false) -> String {
        let session = "replay-test-\(getpid())-\(Int.random(in: 0..<1_000_000))"
        let screenFile = root + "/screen.txt"
        guard system("tmux -L \(session) new-session -d -s \(session) -x \(width) -y \(height) '\(command); sleep 30' </dev/null >/dev/null 2>\(screenFile)") == 0 else {
            return "(tmux did not start: \(read("screen.txt") ?? ""))"
        }
        defer { _ = system("tmux -L \(session) kill-server >/dev/null 2>&1") }
        var screen = ""
        for _ in 0..<100 {
            usleep(100_000)
            _ = system("tmux -L \(session) capture-pane \(escapes ? "-e " : "")-p -t \(session) > \(screenFile) 2>/dev/null")
            screen = read("screen.txt") ?? ""
            if screen.contains("EXIT=") { break }
        }
        return screen
    }

    func write(_ relative: String, _ text: String) throws {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func read(_ relative: String) -> String? { try? String(contentsOfFile: root + "/" + relative, encoding: .utf8) }

    /// The store's references and object files, to show that a failed command changed nothing.
    func storeState() throws -> String {
        let refs = try git("for-each-ref", "--format=%(refname) %(objectname)").stdout
        let packs = (try? FileManager.default.contentsOfDirectory(atPath: root + "/.replay/store/objects/pack")) ?? []
        return refs + packs.sorted().joined(separator: ",")
    }

    /// A workspace with three cases (one agentic, one with a prompt file).
    func standardWorkspace() throws {
        try #require(try replay("init").status == 0)
        try write("prompts/support.md", "You are a support agent for Kettle Co.\n")
        try write(".replay/cases/support.yaml", """
            id: refund
            title: Refund outside the window
            tags: [support]
            system_file: prompts/support.md
            prompt: Can I get a refund after 40 days?
            expect:
              must_include: ["30 days"]

            """)
        try write(".replay/cases/more.jsonl", """
            {"id": "greet", "prompt": "Say hello", "tags": ["smalltalk"]}
            {"id": "weather", "context": [{"role": "user", "content": "Weather in Paris?"}, {"role": "assistant", "tool_calls": [{"id": "c1", "name": "get_weather", "arguments": {"city": "Paris"}}]}, {"role": "tool", "tool_call_id": "c1", "content": "18C"}], "prompt": "And tomorrow?", "tools": [{"name": "get_weather"}]}

            """)
        try write("a.jsonl", """
            {"case": "refund", "output": "Refunds are possible within 30 days of delivery."}
            {"case": "greet", "output": "Hello!"}
            {"case": "weather", "output": "Tomorrow: 20C.", "usage": {"input_tokens": 40, "output_tokens": 5}, "latency_ms": 310}

            """)
        try write("b.jsonl", """
            {"case": "refund", "output": "Refunds are possible within 14 days."}
            {"case": "greet", "output": "Hello!"}
            {"case": "weather", "error": "HTTP 503 from provider"}

            """)
    }
}

import Foundation
import Testing

/// The scripted model server (Fixtures/stub_server.py), started on 127.0.0.1 with a random port.
final class StubServer {
    let folder: String
    let process = Process()
    let port: Int

    init(latency: Double = 0, script: [String: Any] = [:]) throws {
        folder = NSTemporaryDirectory() + "replay-stub-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if !script.isEmpty {
            try JSONSerialization.data(withJSONObject: script).write(to: URL(fileURLWithPath: folder + "/script.json"))
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/stub_server.py").path
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", source, "--dir", folder, "--latency", String(latency)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var found: Int?
        for _ in 0..<200 {
            if let text = try? String(contentsOfFile: folder + "/port", encoding: .utf8), let value = Int(text) { found = value; break }
            usleep(25_000)
        }
        guard let found else { kill(process.processIdentifier, SIGKILL); throw StubError.notStarted }
        port = found
    }

    deinit {
        // SIGKILL: a child started from a worker thread may inherit a mask that blocks SIGTERM.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: folder)
    }

    enum StubError: Error { case notStarted }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// {"requests": n, "max_in_flight": n}
    var stats: (requests: Int, maxInFlight: Int) {
        guard let data = FileManager.default.contents(atPath: folder + "/stats.json"),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Int] else { return (0, 0) }
        return (object["requests"] ?? 0, object["max_in_flight"] ?? 0)
    }

    /// Every request received: path, lowercased headers, body.
    var requests: [(path: String, headers: [String: String], body: String)] {
        guard let text = try? String(contentsOfFile: folder + "/requests.jsonl", encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return (object["path"] as? String ?? "", object["headers"] as? [String: String] ?? [:], object["body"] as? String ?? "")
        }
    }
}

extension Sandbox {
    /// A workspace whose config points models at the stub server, with `count` cases `q1`…
    func providerWorkspace(_ stub: StubServer, cases count: Int, extraConfig: String = "") throws {
        try #require(try replay("init").status == 0)
        try write(".replay/config.yaml", """
            version: 1
            defaults: {temperature: 0}
            models:
              stub-openai:
                provider: openai
                base_url: \(stub.baseURL)/v1
                api_key_env: STUB_OPENAI_KEY
                price: {input_per_mtok: 2.5, output_per_mtok: 10}
              stub-claude:
                provider: anthropic
                base_url: \(stub.baseURL)
                api_key_env: STUB_ANTHROPIC_KEY
              stub-claude-stream:
                provider: anthropic
                model: claude-stub
                base_url: \(stub.baseURL)
                stream: true
            \(extraConfig)
            """)
        var lines: [String] = []
        for n in 1...count {
            lines.append(#"{"id": "q\#(n)", "prompt": "Question \#(n) please", "tags": ["\#(n % 2 == 0 ? "even" : "odd")"]}"#)
        }
        try write(".replay/cases/questions.jsonl", lines.joined(separator: "\n") + "\n")
    }

    /// Every file replay wrote below .replay (the store's objects read through git) as one text, to
    /// look for a secret. The user's own config and case files are left out.
    func everythingStored() throws -> String {
        var text = ""
        let enumerator = FileManager.default.enumerator(atPath: root + "/.replay")
        while let file = enumerator?.nextObject() as? String {
            if file == "config.yaml" || file.hasPrefix("cases/") { continue }
            if let data = FileManager.default.contents(atPath: root + "/.replay/" + file) { text += String(decoding: data, as: UTF8.self) }
        }
        text += try git("log", "-p", "--all", "--format=%B").stdout
        text += try git("for-each-ref").stdout
        return text
    }

    func metrics(_ run: String) throws -> [String: [String: Any]] {
        let text = try git("show", run + ":metrics.jsonl").stdout
        var result: [String: [String: Any]] = [:]
        for line in text.split(separator: "\n") {
            if let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let id = object["case"] as? String {
                result[id] = object
            }
        }
        return result
    }
}

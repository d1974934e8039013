// replay-bench: measures the snapshot store against git itself, in one run on the same data.
//
//   swift build -c release --product replay-bench --product replay
//   .build/release/replay-bench [--sizes 10000,100000,1000000]   (REPLAY_BENCH_KEEP=1 keeps the stores;
//   REPLAY_BENCH_REALISTIC=1 makes the changed answers support answers of ~100 words)
//
// For each size N it generates N cases, then reports
//   write:   replay's run writer (mempack → one pack) vs `git fast-import` of the same files/tree;
//   rewrite: a second run with 1% of the answers changed (only new objects are packed);
//   changed: `replay changed --name-only` (the binary, and the library call) vs
//            `git diff --name-only` on the same two commits, at 1% and 0.1% changed;
//   diff:    `replay diff --format json` at 1% changed vs `git diff --name-only`, paired and
//            repeated (REPLAY_BENCH_DIFF_REPEAT, default 7): medians and the range of the ratios;
//            REPLAY_BENCH_COMPARE_BINARY=path times another replay build in the same runs.
// Ratios are replay / git: below 1 means replay was faster.
import Foundation
import ReplayKit

struct FixedEnvironment: Environment {
    func now() -> Int64 { 1_780_000_000 }
    func randomTag() -> UInt32 { 0xBE4C4 }
    func variable(_ name: String) -> String? { nil }
    var currentDirectory: String { FileManager.default.currentDirectoryPath }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

@discardableResult
func sh(_ arguments: [String], stdin: String? = nil, quiet: Bool = true) throws -> String {
    try run(arguments, stdin: stdin, quiet: quiet).output
}

/// Runs a program found on PATH with its standard output going to a temporary file, and times it
/// from the spawn to its exit: `posix_spawn` and `waitpid`, not Foundation's `Process`, whose
/// start and wait added ~50 ms to every timed command here (to git's as much as to replay's,
/// which pulled every ratio towards 1).
func run(_ arguments: [String], stdin: String? = nil, quiet: Bool = true) throws -> (seconds: Double, output: String) {
    let outPath = NSTemporaryDirectory() + "replay-bench-out-\(getpid())"
    defer { unlink(outPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    if quiet { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
    if let stdin { posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0) }
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ)
    guard spawned == 0 else { throw ReplayError("cannot run \(arguments[0]): \(String(cString: strerror(spawned)))") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
        guard errno == EINTR else { throw ReplayError("waiting for \(arguments[0]) failed: \(String(cString: strerror(errno)))") }
    }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    // Exited normally (not killed by a signal) with status 0.
    guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
        throw ReplayError("\(arguments.joined(separator: " ")) failed (wait status \(status))")
    }
    let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    return (elapsed, output)
}

func directorySize(_ path: String) -> Int {
    let enumerator = FileManager.default.enumerator(atPath: path)
    var total = 0
    while let file = enumerator?.nextObject() as? String {
        total += (try? FileManager.default.attributesOfItem(atPath: path + "/" + file)[.size] as? Int) ?? 0
    }
    return total
}

struct GeneratedCase {
    let id: String
    let input: [UInt8]
    let output: [UInt8]
    let response: [UInt8]
}

/// REPLAY_BENCH_REALISTIC=1: the changed answers are support answers of ~100 words, not one sentence.
let realisticAnswers = ProcessInfo.processInfo.environment["REPLAY_BENCH_REALISTIC"] != nil

func generate(_ n: Int, variant: Int, changedEvery: Int) -> [GeneratedCase] {
    (0..<n).map { i in
        let id = "case-" + String(format: "%07d", i)
        let input = Case(id: id, title: "Generated case \(i)", tags: ["bench"], system: .inline("You are a careful assistant."),
                         prompt: .string("Customer \(i) asks: what is the status of order #\(100_000 + i) placed on day \(i % 365)?"),
                         parameters: .init(temperature: 0)).json.canonical
        let changed = changedEvery > 0 && i % changedEvery == 0
        var output = "Order #\(100_000 + i) shipped on day \((i % 365) + 2). "
            + (changed ? "Revised answer, variant \(variant)." : "It should arrive within five business days; tracking is in your email.")
        if realisticAnswers, i % 100 == 0 {
            // The answers the diff reads (the 1% that change) as long as real ones: the scoring
            // benchmark's support answers and their edits.
            let pair = scoringPair(i)
            output = (changed ? pair.candidate : pair.baseline)!.first.text!
        }
        let result = CaseResult(caseID: id, output: output, finishReason: "stop")
        return GeneratedCase(id: id, input: Array(input.utf8), output: Array(output.utf8), response: result.files[CaseResult.responseFile]!)
    }
}

func draft(_ cases: [GeneratedCase], runID: String) -> RunDraft {
    let manifest = RunManifest(runID: runID, model: "bench", provider: "outputs", parameters: .init(temperature: 0),
                               caseSetFingerprint: "bench", counts: .init(cases: 0, recorded: 0, carried: 0, errored: 0),
                               created: "2026-01-01T00:00:00Z")
    return RunDraft(manifest: manifest, cases: cases.map {
        DraftCase(id: $0.id, input: $0.input, files: [CaseResult.outputFile: $0.output, CaseResult.responseFile: $0.response])
    })
}

/// A `git fast-import` stream that builds the same tree as the run (blobs inline, one commit).
func fastImportStream(_ cases: [GeneratedCase], to path: String) throws {
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    var buffer = Data()
    func flush() { handle.write(buffer); buffer.removeAll(keepingCapacity: true) }
    buffer.append(Data("commit refs/heads/bench\ncommitter bench <bench@localhost> 1780000000 +0000\ndata 6\nbench\n".utf8))
    func add(_ file: String, _ bytes: [UInt8]) {
        buffer.append(Data("M 100644 inline \(file)\ndata \(bytes.count)\n".utf8))
        buffer.append(contentsOf: bytes)
        buffer.append(0x0A)
    }
    for c in cases {
        let folder = StoreLayout.casePath(c.id)
        add(folder + "/input.json", c.input)
        add(folder + "/output.md", c.output)
        add(folder + "/response.json", c.response)
        if buffer.count > 8 << 20 { flush() }
    }
    add("run.json", Array("{}\n".utf8))
    flush()
}

func format(_ s: Double) -> String { s < 1 ? String(format: "%.0f ms", s * 1000) : String(format: "%.2f s", s) }
func ratio(_ a: Double, _ b: Double) -> String { String(format: "%.2f×", a / b) }
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}
/// REPLAY_BENCH_DIFF_REPEAT: how many paired runs of `replay diff` and `git diff` (default 7).
let diffRepeats = max(1, Int(ProcessInfo.processInfo.environment["REPLAY_BENCH_DIFF_REPEAT"] ?? "") ?? 7)
/// REPLAY_BENCH_COMPARE_BINARY: another `replay` build whose diff is timed in the same paired runs.
let compareBinary = ProcessInfo.processInfo.environment["REPLAY_BENCH_COMPARE_BINARY"].flatMap {
    FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil
}

var sizes = [10_000, 100_000, 1_000_000]
var recordCases: Int?
var scoringPairsCount: Int?
var importMegabytes: Int?
var args = CommandLine.arguments.dropFirst()
while let arg = args.popFirst() {
    if arg == "--sizes", let value = args.popFirst() { sizes = value.split(separator: ",").compactMap { Int($0) } }
    if arg == "--record", let value = args.popFirst() { recordCases = Int(value) }
    if arg == "--scoring", let value = args.popFirst() { scoringPairsCount = Int(value) }
    if arg == "--import", let value = args.popFirst() { importMegabytes = Int(value) }
}
if let importMegabytes {
    try benchImport(megabytes: importMegabytes)
    exit(0)
}
if let scoringPairsCount {
    try benchScoring(pairs: scoringPairsCount)
    exit(0)
}
if let recordCases {
    try await benchRecord(cases: recordCases, concurrency: 64, latency: 0.1)
    exit(0)
}
let replayBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("replay").path
let haveBinary = FileManager.default.isExecutableFile(atPath: replayBinary)

print("| cases | replay write | git fast-import | ratio | rewrite 1% (packed objects, pack bytes) | changed 1%: replay CLI / lib | git diff --name-only | ratio (CLI) | changed 0.1%: replay CLI / lib | git diff --name-only | ratio (CLI) | `replay diff` 1% (CLI, every changed case scored) | ratio to git diff --name-only |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for n in sizes {
    let root = NSTemporaryDirectory() + "replay-bench-\(n)-\(getpid())"
    try? FileManager.default.removeItem(atPath: root)
    try FileManager.default.createDirectory(atPath: root + "/.replay", withIntermediateDirectories: true)
    let keep = ProcessInfo.processInfo.environment["REPLAY_BENCH_KEEP"] != nil  // keep the stores for profiling
    defer { if !keep { try? FileManager.default.removeItem(atPath: root) } else { print("kept \(root)") } }
    let environment = FixedEnvironment()

    let base = generate(n, variant: 0, changedEvery: 0)
    let onePercent = generate(n, variant: 1, changedEvery: 100)
    let tenthPercent = generate(n, variant: 2, changedEvery: 1000)

    let store = try SnapshotStore.create(at: root + "/.replay/store", now: environment.now)
    var runA: WrittenRun!
    let writeTime = try seconds { runA = try store.write(draft(base, runID: "a")) }

    // git fast-import of the same files and layout into a fresh repository
    // (REPLAY_BENCH_NO_IMPORT=1 skips it, to measure reading and diffing alone).
    var importTime = Double.nan
    if ProcessInfo.processInfo.environment["REPLAY_BENCH_NO_IMPORT"] == nil {
        try sh(["git", "init", "-q", "--bare", root + "/fi.git"])
        try fastImportStream(base, to: root + "/stream")
        importTime = try run(["git", "--git-dir=" + root + "/fi.git", "fast-import", "--quiet"], stdin: root + "/stream").seconds
        let theirTree = try sh(["git", "--git-dir=" + root + "/fi.git", "rev-parse", "refs/heads/bench:cases"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let ourTree = try sh(["git", "--git-dir=" + root + "/.replay/store", "rev-parse", runA.commit.hex + ":cases"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard theirTree == ourTree else { fatalError("fast-import built another tree (\(theirTree) vs \(ourTree))") }
        try? FileManager.default.removeItem(atPath: root + "/stream")
    }

    // A second run of the same model with 1% of the answers changed, then a third from the base
    // with 0.1% changed (a child of the second).
    let before = directorySize(root + "/.replay/store/objects")
    var runB: WrittenRun!
    let rewriteTime = try seconds { runB = try store.write(draft(onePercent, runID: "b")) }
    let packBytes = directorySize(root + "/.replay/store/objects") - before
    let runC = try store.write(draft(tenthPercent, runID: "c"))

    func measureChanged(_ a: ObjectID, _ b: ObjectID, expected: Int) throws -> (cli: Double, lib: Double, git: Double) {
        var count = 0
        let lib = try seconds { count = try store.changed(from: a, to: b).count }
        guard count == expected else { fatalError("changed found \(count), expected \(expected)") }
        var cli = Double.nan
        if haveBinary {
            cli = try run([replayBinary, "changed", "--name-only", "--workspace", root, a.hex, b.hex]).seconds
        }
        let (git, listed) = try run(["git", "--git-dir=" + root + "/.replay/store", "diff", "--name-only", a.hex, b.hex])
        let lines = listed.split(separator: "\n").count
        guard lines >= expected else { fatalError("git diff found \(lines) paths") }
        return (cli, lib, git)
    }
    let changed1 = try measureChanged(runA.commit, runB.commit, expected: (n + 99) / 100)
    let changed01 = try measureChanged(runA.commit, runC.commit, expected: (n + 999) / 1000)
    var diffCell = "– | –", comparison: String? = nil
    if haveBinary {
        // Paired and repeated (this kind of machine varies by ±20% from one minute to the next):
        // `replay diff` and `git diff --name-only` alternately, the median of each and of the ratios.
        var diffTimes: [Double] = [], gitTimes: [Double] = [], otherTimes: [Double] = []
        let diffArguments = ["diff", "--workspace", root, "--format", "json", "--fail-on", "never", runA.commit.hex, runB.commit.hex]
        for _ in 0..<diffRepeats {
            let (time, report) = try run([replayBinary] + diffArguments)
            diffTimes.append(time)
            guard report.contains("\"cases\": \((n + 99) / 100)") || report.contains("\"unchanged\": \(n - (n + 99) / 100)") else { fatalError("replay diff did not score the changed cases") }
            gitTimes.append(try run(["git", "--git-dir=" + root + "/.replay/store", "diff", "--name-only", runA.commit.hex, runB.commit.hex]).seconds)
            if let compareBinary {
                // Another build in the same runs (an older commit, a static runtime): it must print the same report.
                let (other, otherReport) = try run([compareBinary] + diffArguments)
                guard otherReport == report else { fatalError("\(compareBinary) printed another report than \(replayBinary)") }
                otherTimes.append(other)
            }
        }
        func summary(_ times: [Double]) -> String {
            let ratios = zip(times, gitTimes).map { $0 / $1 }
            return "\(format(median(times))) (\(format(times.min()!))–\(format(times.max()!)); git \(format(median(gitTimes)))) | "
                + String(format: "%.2f× (%.2f–%.2f×, %d paired runs)", median(ratios), ratios.min()!, ratios.max()!, diffRepeats)
        }
        diffCell = summary(diffTimes)
        if let compareBinary { comparison = "\(compareBinary), in the same runs, the same report: \(summary(otherTimes))" }
    }
    func cell(_ m: (cli: Double, lib: Double, git: Double)) -> String {
        "\(haveBinary ? format(m.cli) : "–") / \(format(m.lib)) | \(format(m.git)) | \(haveBinary ? ratio(m.cli, m.git) : "–")"
    }
    print("| \(n) | \(format(writeTime)) | \(format(importTime)) | \(ratio(writeTime, importTime)) | \(format(rewriteTime)) (\(runB.packedObjects), \(packBytes / 1024) KiB) | \(cell(changed1)) | \(cell(changed01)) | \(diffCell) |")
    if let comparison { print("  `replay diff` of " + comparison) }
    try sh(["git", "--git-dir=" + root + "/.replay/store", "fsck", "--strict", "--no-dangling"])
}

// MARK: record through a provider

/// `--record N`: N cases through the scripted stub server (Tests/ReplayCLITests/Fixtures) with a
/// fixed latency, at concurrency C: wall time against the ideal ceil(N/C) × latency, CPU per case.
func benchRecord(cases n: Int, concurrency: Int, latency: Double) async throws {
    let root = NSTemporaryDirectory() + "replay-bench-record-\(getpid())"
    let stubFolder = root + "/stub"
    try FileManager.default.createDirectory(atPath: stubFolder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/ReplayCLITests/Fixtures/stub_server.py").path
    let server = Process()
    server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    server.arguments = ["python3", script, "--dir", stubFolder, "--latency", String(latency), "--fast"]
    try server.run()
    defer { kill(server.processIdentifier, SIGKILL) }
    var port = ""
    for _ in 0..<200 where port.isEmpty {
        port = (try? String(contentsOfFile: stubFolder + "/port", encoding: .utf8)) ?? ""
        usleep(25_000)
    }
    let environment = FixedEnvironment()
    _ = try InitWorkspace.run(in: root, environment: environment)
    let workspace = Workspace(root: root + "/.replay")
    try """
        version: 1
        models:
          stub:
            provider: openai
            base_url: http://127.0.0.1:\(port)/v1
        """.write(toFile: workspace.configPath, atomically: true, encoding: .utf8)
    let lines = (0..<n).map { #"{"id": "case-\#($0)", "prompt": "Question \#($0)?"}"# }
    try (lines.joined(separator: "\n") + "\n").write(toFile: workspace.casesPath + "/bench.jsonl", atomically: true, encoding: .utf8)

    struct Quiet: RecordProgress {
        func started(total: Int, cached: Int) {}
        func finished(_ status: RecordStatus) {}
    }
    var options = RecordModel.Options()
    options.concurrency = concurrency
    options.useCache = false
    func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
    let cpuBefore = cpuSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    let useNIO = ProcessInfo.processInfo.environment["REPLAY_BENCH_URLSESSION"] == nil
    let http: any HTTPClient = useNIO ? NIOHTTPClient(maxConnections: concurrency) : URLSessionHTTPClient(maxConnections: concurrency)
    let result = try await RecordModel.run(workspace: workspace, model: "stub", options: options, environment: environment,
                                           http: http, progress: Quiet())
    await http.shutdown()
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let cpu = cpuSeconds() - cpuBefore
    let ideal = Double((n + concurrency - 1) / concurrency) * latency
    guard result.status.errors == 0, result.written.manifest.counts.recorded == n else { fatalError("the benchmark run had errors") }
    let calls = result.status.elapsed
    print("| client | cases | concurrency | latency | ideal ceil(N/C)×latency | calls: wall, ratio | whole record (incl. loading cases and storing the run): wall, ratio | CPU per case |")
    print("|---|---|---|---|---|---|---|---|")
    print(String(format: "| %@ | %d | %d | %.0f ms | %.2f s | %.2f s, %.2f× | %.2f s, %.2f× | %.2f ms |", useNIO ? "AsyncHTTPClient" : "URLSession",
                 n, concurrency, latency * 1000, ideal, calls, calls / ideal, wall, wall / ideal, cpu / Double(n) * 1000))
}

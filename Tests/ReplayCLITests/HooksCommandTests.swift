import Foundation
import Testing

/// A temporary project repository made with the git CLI, with the built `replay` and git's and
/// libgit2's configuration isolated from the machine's (a home of its own: a global
/// core.hooksPath there would move every hook).
final class HookProject {
    let root: String
    var project: String { root + "/project" }
    var home: String { root + "/home" }
    /// A stand-in for `replay` that logs its arguments to `log` and exits with `$STUB_EXIT`.
    var stub: String { root + "/stub/replay" }
    var log: String { root + "/calls.log" }

    /// This repository's top folder (hooks/pre-commit, .pre-commit-hooks.yaml).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static var binaryFolder: String { URL(fileURLWithPath: Sandbox.binary).deletingLastPathComponent().path }

    init(initRepository: Bool = true) throws {
        let base = NSTemporaryDirectory() + "replay-hooks-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        root = URL(fileURLWithPath: base).resolvingSymlinksInPath().path
        try write("home/.gitconfig", "[user]\n\tname = Hook Tester\n\temail = hooks@example.com\n[init]\n\tdefaultBranch = main\n")
        try write("stub/replay", "#!/bin/sh\nprintf 'replay %s\\n' \"$*\" >> \"\(log)\"\nexit ${STUB_EXIT:-0}\n")
        guard chmod(stub, 0o755) == 0 else { throw HookTestError("chmod \(stub)") }
        if initRepository {
            try FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
            try git("init", "-q", ".").ok()
            try write("project/README.md", "A project.\n")
            try git("add", "README.md").ok()
            try git("commit", "-q", "-m", "start").ok()
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// The environment of every command: the test process's without git's, replay's, CI's and
    /// pre-commit's variables; `replay` first on PATH; `extra` last (an empty value removes).
    func environment(_ extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in env.keys where key.hasPrefix("GIT_") || key.hasPrefix("REPLAY") || key.hasPrefix("PRE_COMMIT") || key.hasPrefix("XDG_") {
            env[key] = nil
        }
        env["CI"] = nil
        env["NO_COLOR"] = nil
        env["HOME"] = home
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["PRE_COMMIT_HOME"] = root + "/pre-commit-cache"
        env["PATH"] = Self.binaryFolder + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        for (key, value) in extra { env[key] = value.isEmpty ? nil : value }
        return env
    }

    @discardableResult
    func run(_ executable: String, _ arguments: [String], in folder: String? = nil, environment extra: [String: String] = [:],
             input: String? = nil) throws -> Sandbox.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder ?? project)
        process.environment = environment(extra)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        if let input {
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try inputPipe.fileHandleForWriting.close()
        }
        // Standard error is read on another thread so neither pipe can fill up and stall the process.
        let errors = ErrorCollector(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Sandbox.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                              stderr: errors.text())
    }

    @discardableResult
    func git(_ arguments: String..., in folder: String? = nil, environment extra: [String: String] = [:]) throws -> Sandbox.Result {
        try run("/usr/bin/env", ["git"] + arguments, in: folder, environment: extra)
    }

    @discardableResult
    func replay(_ arguments: String..., in folder: String? = nil, environment extra: [String: String] = [:]) throws -> Sandbox.Result {
        try run(Sandbox.binary, arguments, in: folder, environment: extra)
    }

    /// `git commit -m MESSAGE` (after `git add PATHS`), with the stand-in replay unless `extra` says otherwise.
    @discardableResult
    func commit(_ message: String, adding paths: [String] = [], environment extra: [String: String] = [:]) throws -> Sandbox.Result {
        if !paths.isEmpty { try run("/usr/bin/env", ["git", "add"] + paths, environment: extra).ok() }
        return try run("/usr/bin/env", ["git", "commit", "-q", "-m", message], environment: ["REPLAY": stub].merging(extra) { $1 })
    }

    func head() throws -> String { try git("rev-parse", "HEAD").stdout.trimmingCharacters(in: .whitespacesAndNewlines) }

    func write(_ relative: String, _ text: String) throws {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// A file's bytes as text, or nil.
    func read(_ path: String) -> String? {
        (FileManager.default.contents(atPath: path.hasPrefix("/") ? path : root + "/" + path)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// What the stand-in replay and the chained hooks logged, one line per call.
    func calls() -> [String] { (read(log) ?? "").split(separator: "\n").map(String.init) }

    /// A hook that is not replay's: logs its arguments and input, exits with `$FOREIGN_EXIT`.
    func writeForeignHook(at relative: String) throws {
        try write(relative, "#!/bin/sh\n# the team's own lint hook\nprintf 'foreign %s [%s]\\n' \"$*\" \"$(cat)\" >> \"\(log)\"\nexit ${FOREIGN_EXIT:-0}\n")
        guard chmod(root + "/" + relative, 0o755) == 0 else { throw HookTestError("chmod \(relative)") }
    }

    func isExecutable(_ path: String) -> Bool { FileManager.default.isExecutableFile(atPath: path) }
}

/// Reads a pipe to its end on a thread of its own.
final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}

struct HookTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Sandbox.Result {
    /// Throws (showing the output) unless the command exited 0.
    @discardableResult
    func ok(_ sourceLocation: SourceLocation = #_sourceLocation) throws -> Sandbox.Result {
        try #require(status == 0, "exit \(status)\nstdout: \(stdout)\nstderr: \(stderr)", sourceLocation: sourceLocation)
        return self
    }
}

@Suite("replay hooks install|uninstall|status, and the pre-commit hook")
struct HooksCommandTests {
    @Test("install writes hooks/pre-commit byte for byte, executable, where git runs it; a commit runs `replay check` and its exit status decides")
    func installAndCommit() throws {
        let t = try HookProject()
        let result = try t.replay("hooks", "install").ok()
        #expect(result.stdout.contains("installed .git/hooks/pre-commit"))
        let hook = t.project + "/.git/hooks/pre-commit"
        #expect(t.read(hook) == t.read(HookProject.repository + "/hooks/pre-commit"))
        #expect(t.read(hook)?.hasPrefix("#!/bin/sh\n# replay-hook: pre-commit\n") == true)
        #expect(t.isExecutable(hook))

        try t.write("project/notes.md", "a\n")
        try t.commit("passes", adding: ["notes.md"]).ok()
        #expect(t.calls() == ["replay check"])

        let before = try t.head()
        try t.write("project/notes.md", "b\n")
        let blocked = try t.commit("blocked", adding: ["notes.md"], environment: ["STUB_EXIT": "1"])
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("commit stopped by replay check (exit 1)"))
        #expect(blocked.stderr.contains("REPLAY_SKIP=1"))
        #expect(try t.head() == before)
        #expect(try t.replay("hooks", "status", "--json").ok().stdout.contains(#""state": "installed""#))
    }

    @Test("a hook already there is kept and chained: it runs first with the same arguments and input, and its failure stops the commit before replay check")
    func chainsAForeignHook() throws {
        let t = try HookProject()
        try t.writeForeignHook(at: "project/.git/hooks/pre-commit")
        let foreign = t.read("project/.git/hooks/pre-commit")
        let result = try t.replay("hooks", "install").ok()
        #expect(result.stdout.contains("the hook that was there runs first: .git/hooks/pre-commit.replay-chained"))
        #expect(t.read("project/.git/hooks/pre-commit.replay-chained") == foreign)
        #expect(t.isExecutable(t.project + "/.git/hooks/pre-commit.replay-chained"))

        // Arguments and standard input reach the chained hook (git gives pre-commit none; other hooks do).
        try t.run(t.project + "/.git/hooks/pre-commit", ["one", "two words"], environment: ["REPLAY": t.stub], input: "from stdin").ok()
        #expect(t.calls() == ["foreign one two words [from stdin]", "replay check"])

        try FileManager.default.removeItem(atPath: t.log)
        let before = try t.head()
        try t.write("project/notes.md", "a\n")
        let blocked = try t.commit("blocked by the team's hook", adding: ["notes.md"], environment: ["FOREIGN_EXIT": "3"])
        #expect(blocked.status == 1)
        #expect(try t.head() == before)
        #expect(t.calls() == ["foreign  []"])  // replay check never ran

        try t.commit("both pass").ok()
        #expect(t.calls() == ["foreign  []", "foreign  []", "replay check"])
    }

    @Test("uninstall removes replay's hook and puts back the one it chained, byte for byte; a hook that is not replay's is left alone")
    func uninstallRestores() throws {
        let t = try HookProject()
        try t.writeForeignHook(at: "project/.git/hooks/pre-commit")
        let foreign = t.read("project/.git/hooks/pre-commit")
        try t.replay("hooks", "install").ok()
        let result = try t.replay("hooks", "uninstall").ok()
        #expect(result.stdout.contains("removed .git/hooks/pre-commit"))
        #expect(result.stdout.contains("restored the hook that was there before"))
        #expect(t.read("project/.git/hooks/pre-commit") == foreign)
        #expect(t.isExecutable(t.project + "/.git/hooks/pre-commit"))
        #expect(!FileManager.default.fileExists(atPath: t.project + "/.git/hooks/pre-commit.replay-chained"))

        // Now the hook is someone else's: uninstall leaves it.
        let again = try t.replay("hooks", "uninstall").ok()
        #expect(again.stdout.contains("not replay's hook, left as it is: .git/hooks/pre-commit"))
        #expect(t.read("project/.git/hooks/pre-commit") == foreign)

        // Without a chained hook, uninstall leaves no hook at all.
        let plain = try HookProject()
        try plain.replay("hooks", "install").ok()
        try plain.replay("hooks", "uninstall").ok()
        #expect(!FileManager.default.fileExists(atPath: plain.project + "/.git/hooks/pre-commit"))
        #expect(try plain.replay("hooks", "uninstall").ok().stdout.contains("not installed: .git/hooks/pre-commit"))
        #expect(try plain.replay("hooks", "status").ok().stdout.contains("absent"))
    }

    @Test("installing again changes nothing and never chains replay's own hook; an older replay hook is updated in place")
    func idempotent() throws {
        let t = try HookProject()
        try t.writeForeignHook(at: "project/.git/hooks/pre-commit")
        let foreign = t.read("project/.git/hooks/pre-commit")
        try t.replay("hooks", "install").ok()
        let hooks = t.project + "/.git/hooks"
        let listing = try FileManager.default.contentsOfDirectory(atPath: hooks).sorted()
        let second = try t.replay("hooks", "install").ok()
        #expect(second.stdout.contains("already installed: .git/hooks/pre-commit"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: hooks).sorted() == listing)
        #expect(t.read("project/.git/hooks/pre-commit.replay-chained") == foreign)

        // A hook from another replay version (the marker line, other text) is replaced, not chained.
        try t.write("project/.git/hooks/pre-commit", "#!/bin/sh\n# replay-hook: pre-commit\nreplay check --old-flag\n")
        #expect(try t.replay("hooks", "status").ok().stdout.contains("outdated"))
        #expect(try t.replay("hooks", "install").ok().stdout.contains("updated .git/hooks/pre-commit"))
        #expect(t.read("project/.git/hooks/pre-commit") == t.read(HookProject.repository + "/hooks/pre-commit"))
        #expect(t.isExecutable(hooks + "/pre-commit"))
        #expect(t.read("project/.git/hooks/pre-commit.replay-chained") == foreign)
        #expect(try FileManager.default.contentsOfDirectory(atPath: hooks).sorted() == listing)
    }

    @Test("core.hooksPath relative to the work tree, and absolute: the hook goes there (the folder created) and git runs it from there")
    func honoursHooksPath() throws {
        let t = try HookProject()
        try t.git("config", "core.hooksPath", ".githooks").ok()
        try FileManager.default.createDirectory(atPath: t.project + "/src", withIntermediateDirectories: true)
        let relative = try t.replay("hooks", "install", in: t.project + "/src").ok()
        #expect(relative.stdout.contains("installed .githooks/pre-commit"))
        #expect(t.isExecutable(t.project + "/.githooks/pre-commit"))
        #expect(!FileManager.default.fileExists(atPath: t.project + "/.git/hooks/pre-commit"))
        try t.write("project/notes.md", "a\n")
        try t.commit("runs the .githooks hook", adding: ["notes.md"]).ok()
        #expect(t.calls() == ["replay check"])

        let shared = t.root + "/shared hooks"
        try t.git("config", "core.hooksPath", shared).ok()
        try t.writeForeignHook(at: "shared hooks/pre-commit")
        let absolute = try t.replay("hooks", "install").ok()
        #expect(absolute.stdout.contains("installed \(shared)/pre-commit"))
        #expect(absolute.stderr.contains("outside this repository"))
        #expect(FileManager.default.fileExists(atPath: shared + "/pre-commit.replay-chained"))
        try t.write("project/notes.md", "b\n")
        try t.commit("runs the shared hook and its chained one", adding: ["notes.md"]).ok()
        #expect(t.calls() == ["replay check", "foreign  []", "replay check"])
    }

    @Test("in a linked worktree the hook goes into the main repository's hooks folder, which git runs for every worktree")
    func linkedWorktree() throws {
        let t = try HookProject()
        try t.git("worktree", "add", "-q", "-b", "feature", t.root + "/linked").ok()
        let result = try t.replay("hooks", "install", in: t.root + "/linked").ok()
        #expect(result.stdout.contains("installed \(t.project)/.git/hooks/pre-commit"))
        try t.write("linked/notes.md", "from the linked worktree\n")
        try t.run("/usr/bin/env", ["git", "add", "notes.md"], in: t.root + "/linked").ok()
        try t.run("/usr/bin/env", ["git", "commit", "-q", "-m", "linked"], in: t.root + "/linked", environment: ["REPLAY": t.stub]).ok()
        #expect(t.calls() == ["replay check"])
    }

    @Test("outside a git repository install refuses with exit 2, naming the folder and what to do; nothing is written")
    func outsideARepository() throws {
        let t = try HookProject(initRepository: false)
        let folder = t.root + "/plain"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let result = try t.replay("hooks", "install", in: folder, environment: ["GIT_CEILING_DIRECTORIES": t.root])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(folder) is not inside a git repository"))
        #expect(result.stderr.contains("git init"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        #expect(try t.replay("hooks", "uninstall", in: folder, environment: ["GIT_CEILING_DIRECTORIES": t.root]).status == 2)
        let unknown = try t.replay("hooks", "install", "--hook", "pre-comit", in: folder)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("did you mean pre-commit?"))
    }

    @Test("a hook over an earlier chained one is refused, naming both; --force chains it and keeps the earlier one aside")
    func conflictingChain() throws {
        let t = try HookProject()
        try t.writeForeignHook(at: "project/.git/hooks/pre-commit")
        try t.replay("hooks", "install").ok()
        let earlier = t.read("project/.git/hooks/pre-commit.replay-chained")
        // Another tool replaces replay's hook with its own.
        try t.write("project/.git/hooks/pre-commit", "#!/bin/sh\necho other tool\n")
        let refused = try t.replay("hooks", "install")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("\(t.project)/.git/hooks/pre-commit is not replay's hook"))
        #expect(refused.stderr.contains("pre-commit.replay-chained"))
        #expect(refused.stderr.contains("--force"))
        #expect(t.read("project/.git/hooks/pre-commit") == "#!/bin/sh\necho other tool\n")

        let forced = try t.replay("hooks", "install", "--force").ok()
        #expect(forced.stdout.contains("kept, no longer run, as .git/hooks/pre-commit.replay-chained.old"))
        #expect(t.read("project/.git/hooks/pre-commit.replay-chained") == "#!/bin/sh\necho other tool\n")
        #expect(t.read("project/.git/hooks/pre-commit.replay-chained.old") == earlier)
        #expect(t.read("project/.git/hooks/pre-commit") == t.read(HookProject.repository + "/hooks/pre-commit"))
    }

    @Test("replay missing: the hook stops the commit (fail closed) and says how to install or skip; REPLAY_SKIP=1 skips the check but not the chained hook")
    func replayMissing() throws {
        let t = try HookProject()
        try t.writeForeignHook(at: "project/.git/hooks/pre-commit")
        try t.replay("hooks", "install").ok()
        let bare = "/usr/bin:/bin"
        try #require(!FileManager.default.fileExists(atPath: "/usr/bin/replay") && !FileManager.default.fileExists(atPath: "/bin/replay"))
        let before = try t.head()
        try t.write("project/notes.md", "a\n")
        try t.git("add", "notes.md").ok()
        let missing = try t.git("commit", "-q", "-m", "no replay", environment: ["PATH": bare])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("'replay' is not on PATH"))
        #expect(missing.stderr.contains("REPLAY=/path/to/replay"))
        #expect(missing.stderr.contains("REPLAY_SKIP=1 git commit"))
        #expect(try t.head() == before)

        let wrong = try t.git("commit", "-q", "-m", "bad REPLAY", environment: ["PATH": bare, "REPLAY": t.root + "/nowhere/replay"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("REPLAY=\(t.root)/nowhere/replay is not an executable file"))

        let skipped = try t.git("commit", "-q", "-m", "skipped", environment: ["PATH": bare, "REPLAY_SKIP": "1"])
        #expect(skipped.status == 0)
        #expect(skipped.stderr.contains("replay check skipped"))
        #expect(try t.head() != before)
        #expect(t.calls() == ["foreign  []", "foreign  []", "foreign  []"])
    }

    @Test("a workspace below the top of the work tree: install records it as replay.workspace, the hook passes it to replay check, uninstall removes it")
    func nestedWorkspace() throws {
        let t = try HookProject()
        try FileManager.default.createDirectory(atPath: t.project + "/services/bot", withIntermediateDirectories: true)
        try t.replay("init", in: t.project + "/services/bot").ok()
        let result = try t.replay("hooks", "install", in: t.project + "/services/bot").ok()
        #expect(result.stdout.contains("the hook checks the workspace services/bot/.replay"))
        #expect(try t.git("config", "replay.workspace").ok().stdout == "services/bot/.replay\n")
        try t.write("project/notes.md", "a\n")
        try t.commit("nested", adding: ["notes.md"]).ok()
        #expect(t.calls() == ["replay check --workspace services/bot/.replay"])

        try t.replay("hooks", "uninstall").ok()
        #expect(try t.git("config", "replay.workspace").status == 1)

        // A workspace at the top needs no setting.
        try t.git("config", "replay.workspace", "stale/.replay").ok()
        try t.replay("init").ok()
        #expect(!(try t.replay("hooks", "install").ok().stdout.contains("the hook checks the workspace")))
        #expect(try t.git("config", "replay.workspace").status == 1)
    }
}

/// A project whose workspace has a case reading a prompt file, a recorded and accepted default run
/// of `bot`, everything committed; `replay check` is the real one.
private func projectWithBaseline() throws -> HookProject {
    let t = try HookProject()
    try t.replay("init").ok()
    try t.write("project/.replay/config.yaml", "version: 1\ndefault_model: bot\n")
    try t.write("project/prompts/support.md", "You are a support agent for Kettle Co.\n")
    try t.write("project/.replay/cases/support.yaml", """
        id: refund
        system_file: prompts/support.md
        prompt: Can I get a refund after 40 days?

        """)
    try t.write("project/.replay/cases/more.jsonl", "{\"id\": \"greet\", \"prompt\": \"Say hello\"}\n")
    try t.write("a.jsonl", """
        {"case": "refund", "output": "Refunds are possible within 30 days of delivery."}
        {"case": "greet", "output": "Hello!"}

        """)
    try t.replay("record", "--outputs", t.root + "/a.jsonl", "--model", "bot", "--default").ok()
    try t.git("add", "-A").ok()
    try t.git("commit", "-q", "-m", "cases and prompt").ok()
    return t
}

/// The pre-commit framework as `.ci/setup` installs it (PyPI pre-commit 4.7.0 in a venv).
private let preCommitTool: String = {
    let env = ProcessInfo.processInfo.environment
    let cache = env["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (env["HOME"] ?? "/root") + "/.cache"
    return cache + "/replay-ci/pre-commit/bin/pre-commit"
}()

/// Makes a hook repository from this repository's `.pre-commit-hooks.yaml` (committed) and has the
/// project use its replay-check hook through the framework at that commit.
private func usePreCommitFramework(_ t: HookProject) throws {
    try #require(FileManager.default.isExecutableFile(atPath: preCommitTool),
                 "the pre-commit framework is not installed at \(preCommitTool): run `bash .ci/setup` (it installs pre-commit 4.7.0 there)")
    #expect(try t.run(preCommitTool, ["--version"]).ok().stdout == "pre-commit 4.7.0\n")
    // The framework's own reading of the manifest.
    try t.run(preCommitTool, ["validate-manifest", HookProject.repository + "/.pre-commit-hooks.yaml"]).ok()
    let hookRepository = t.root + "/hook-repository"
    try FileManager.default.createDirectory(atPath: hookRepository, withIntermediateDirectories: true)
    try t.git("init", "-q", ".", in: hookRepository).ok()
    try FileManager.default.copyItem(atPath: HookProject.repository + "/.pre-commit-hooks.yaml", toPath: hookRepository + "/.pre-commit-hooks.yaml")
    try t.git("add", ".pre-commit-hooks.yaml", in: hookRepository).ok()
    try t.git("commit", "-q", "-m", "replay's hooks", in: hookRepository).ok()
    let rev = try t.git("rev-parse", "HEAD", in: hookRepository).ok().stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    try t.write("project/.pre-commit-config.yaml", """
        repos:
          - repo: \(hookRepository)
            rev: \(rev)
            hooks:
              - id: replay-check

        """)
    try t.git("add", ".pre-commit-config.yaml").ok()
    try t.git("commit", "-q", "-m", "use pre-commit", environment: ["REPLAY_SKIP": "1"]).ok()
    let installed = try t.run(preCommitTool, ["install"]).ok()
    #expect(installed.stdout.contains("pre-commit installed at .git/hooks/pre-commit"))
}

@Suite("The hooks with the real `replay check`")
struct HooksWithCheckTests {
    @Test("through the pre-commit framework 4.7.0: nothing relevant staged, replay-check passes and the commit is made")
    func frameworkPassesIrrelevantChange() throws {
        let t = try projectWithBaseline()
        try usePreCommitFramework(t)
        let before = try t.head()
        try t.write("project/README.md", "A project, described better.\n")
        try t.git("add", "README.md").ok()
        let commit = try t.git("commit", "-m", "docs only")
        #expect(commit.status == 0, "\(commit.stdout)\n\(commit.stderr)")
        #expect((commit.stdout + commit.stderr).contains("replay check....") && (commit.stdout + commit.stderr).contains("Passed"))
        #expect(try t.head() != before)
    }

    @Test("through the pre-commit framework 4.7.0: a prompt edit without a new run stops the commit with the check's message; after record and accept it passes")
    func frameworkBlocksPromptEdit() throws {
        let t = try projectWithBaseline()
        try usePreCommitFramework(t)
        let before = try t.head()
        try t.write("project/prompts/support.md", "You are a support agent for Kettle Co. Be brief.\n")
        try t.git("add", "prompts/support.md").ok()
        let blocked = try t.git("commit", "-m", "shorter answers")
        let output = blocked.stdout + blocked.stderr
        #expect(blocked.status == 1, "\(output)")
        #expect(output.contains("Failed") && output.contains("hook id: replay-check"))
        #expect(output.contains("refund"))
        #expect(output.contains("replay record"))
        #expect(!output.contains("greet"))
        #expect(try t.head() == before)

        try t.write("b.jsonl", "{\"case\": \"refund\", \"output\": \"Within 30 days.\"}\n")
        try t.replay("record", "--outputs", t.root + "/b.jsonl", "--model", "bot").ok()
        try t.replay("accept", "--all").ok()
        let passes = try t.git("commit", "-m", "shorter answers")
        #expect(passes.status == 0, "\(passes.stdout)\n\(passes.stderr)")
        #expect(try t.head() != before)
    }

    @Test("the installed hook: `git commit -a` of an edited prompt (staged into git's temporary index) is stopped; an unrelated commit passes")
    func installedHookCommitAll() throws {
        let t = try projectWithBaseline()
        try t.replay("hooks", "install").ok()
        let before = try t.head()
        try t.write("project/README.md", "Docs.\n")
        try t.git("commit", "-q", "-a", "-m", "docs").ok()
        #expect(try t.head() != before)

        let docs = try t.head()
        try t.write("project/prompts/support.md", "You are a support agent. Refunds: never.\n")
        let blocked = try t.git("commit", "-q", "-a", "-m", "edit the prompt without staging it first")
        #expect(blocked.status == 1, "\(blocked.stdout)\n\(blocked.stderr)")
        #expect((blocked.stdout + blocked.stderr).contains("refund"))
        #expect(blocked.stderr.contains("commit stopped by replay check (exit 1)"))
        #expect(try t.head() == docs)
    }
}

import Foundation
import Testing
@testable import ReplayGit

/// A temporary folder holding project repositories made with the git CLI, removed when the test ends.
final class ProjectFolder {
    let root: String

    init() throws {
        // Resolved, so paths compare equal to the ones libgit2 reports.
        let base = NSTemporaryDirectory() + "replay-work-repo-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        root = URL(fileURLWithPath: base).resolvingSymlinksInPath().path
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Runs git in `root/folder` and returns its standard output (trimmed); throws on a non-zero exit.
    @discardableResult
    func git(_ arguments: String..., in folder: String = "project") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
                             "-c", "init.defaultBranch=main"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root + "/" + folder)
        var environment = ProcessInfo.processInfo.environment
        for key in environment.keys where key.hasPrefix("GIT_") { environment[key] = nil }
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GitCLIError(text: "git \(arguments.joined(separator: " ")) failed: \(String(decoding: errors, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A new repository in `root/folder` (created).
    func initRepository(_ folder: String = "project") throws {
        try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        try git("init", "-q", ".", in: folder)
    }

    func write(_ relative: String, _ text: String) throws {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func open(_ relative: String = "project") throws -> WorkRepository {
        try #require(try WorkRepository.discover(from: root + "/" + relative))
    }
}

struct GitCLIError: Error, CustomStringConvertible { let text: String; var description: String { text } }

@Suite("Work repository (the user's project, read with libgit2)")
struct WorkRepositoryTests {
    @Test("discovers the repository from a nested folder, like git; the work tree and git folder are absolute without a trailing slash")
    func discoverUpwards() throws {
        let t = try ProjectFolder()
        try t.initRepository()
        try FileManager.default.createDirectory(atPath: t.root + "/project/.replay/cases/deep", withIntermediateDirectories: true)
        let repository = try t.open("project/.replay/cases/deep")
        #expect(repository.workdir == t.root + "/project")
        #expect(repository.gitDir == t.root + "/project/.git")
        #expect(try t.git("rev-parse", "--show-toplevel") == repository.workdir)
    }

    @Test("a folder inside no repository gives nil, not an error")
    func outsideARepository() throws {
        let t = try ProjectFolder()
        try FileManager.default.createDirectory(atPath: t.root + "/plain", withIntermediateDirectories: true)
        #expect(try WorkRepository.discover(from: t.root + "/plain", ceilings: t.root, indexFile: nil, currentFolder: nil) == nil)
    }

    @Test("a bare repository on the way (the workspace's own .replay/store) is passed over for the project around it")
    func bareStoreIsSkipped() throws {
        let t = try ProjectFolder()
        try t.initRepository()
        try t.git("init", "-q", "--bare", ".replay/store")
        let repository = try t.open("project/.replay/store/objects")
        #expect(repository.workdir == t.root + "/project")
        try t.git("init", "-q", "--bare", "lonely.git", in: "")
        #expect(try WorkRepository.discover(from: t.root + "/lonely.git", ceilings: t.root, indexFile: nil, currentFolder: nil) == nil)
    }

    @Test("an unborn HEAD compares with the empty tree: every staged file is added")
    func unbornHead() throws {
        let t = try ProjectFolder()
        try t.initRepository()
        try t.write("project/prompts/support.md", "You are a support agent.\n")
        try t.write("project/.replay/cases/a.yaml", "id: a\nprompt: Hi\n")
        try t.write("project/untracked.txt", "not staged\n")
        #expect(try t.open().stagedChanges() == [])
        try t.git("add", "prompts", ".replay")
        #expect(try t.open().stagedChanges() == [
            StagedChange(path: ".replay/cases/a.yaml", status: .added),
            StagedChange(path: "prompts/support.md", status: .added),
        ])
    }

    @Test("added, modified, deleted and renamed files against HEAD, sorted by path; unstaged edits are not staged changes")
    func stagedKinds() throws {
        let t = try ProjectFolder()
        try t.initRepository()
        let long = (1...40).map { "Line \($0) of a prompt that stays the same when the file moves." }.joined(separator: "\n")
        try t.write("project/prompts/old-name.md", long + "\n")
        try t.write("project/prompts/edit.md", "first\n")
        try t.write("project/prompts/gone.md", "bye\n")
        try t.write("project/prompts/untouched.md", "same\n")
        try t.write("project/prompts/unstaged.md", "before\n")
        try t.git("add", "-A")
        try t.git("commit", "-q", "-m", "base")

        try t.write("project/prompts/edit.md", "second\n")
        try t.write("project/prompts/new.md", "new\n")
        try t.git("rm", "-q", "prompts/gone.md")
        try t.git("mv", "prompts/old-name.md", "prompts/new-name.md")
        try t.git("add", "prompts/edit.md", "prompts/new.md")
        try t.write("project/prompts/unstaged.md", "after, not added\n")

        #expect(try t.open().stagedChanges() == [
            StagedChange(path: "prompts/edit.md", status: .modified),
            StagedChange(path: "prompts/gone.md", status: .deleted),
            StagedChange(path: "prompts/new-name.md", oldPath: "prompts/old-name.md", status: .renamed),
            StagedChange(path: "prompts/new.md", status: .added),
        ])
        // The same list as git's own reading of the index.
        #expect(try t.git("diff", "--cached", "--name-status", "-M").split(separator: "\n").count == 4)
    }

    @Test("a staged file edited again (or deleted) in the working tree is marked modifiedInWorkingTree")
    func workingTreeDiffers() throws {
        let t = try ProjectFolder()
        try t.initRepository()
        try t.write("project/a.md", "a1\n")
        try t.write("project/b.md", "b1\n")
        try t.write("project/c.md", "c1\n")
        try t.git("add", "-A")
        try t.git("commit", "-q", "-m", "base")
        for name in ["a", "b", "c"] { try t.write("project/\(name).md", "\(name)2\n") }
        try t.git("add", "-A")
        try t.write("project/a.md", "a3, after git add\n")
        try FileManager.default.removeItem(atPath: t.root + "/project/c.md")
        #expect(try t.open().stagedChanges() == [
            StagedChange(path: "a.md", status: .modified, modifiedInWorkingTree: true),
            StagedChange(path: "b.md", status: .modified, modifiedInWorkingTree: false),
            StagedChange(path: "c.md", status: .modified, modifiedInWorkingTree: true),
        ])
    }

    @Test("a file replaced by a symbolic link is a type change")
    func typeChange() throws {
        let t = try ProjectFolder()
        try t.initRepository()
        try t.write("project/prompt.md", "text\n")
        try t.write("project/other.md", "other\n")
        try t.git("add", "-A")
        try t.git("commit", "-q", "-m", "base")
        try FileManager.default.removeItem(atPath: t.root + "/project/prompt.md")
        try FileManager.default.createSymbolicLink(atPath: t.root + "/project/prompt.md", withDestinationPath: "other.md")
        try t.git("add", "-A")
        #expect(try t.open().stagedChanges() == [StagedChange(path: "prompt.md", status: .typeChanged)])
    }

    @Test("GIT_INDEX_FILE (set by git for hooks; `commit -a` stages into index.lock) is read when it lies in the git folder")
    func indexFromEnvironment() throws {
        let t = try ProjectFolder()
        try t.initRepository()
        try t.write("project/a.md", "a1\n")
        try t.git("add", "-A")
        try t.git("commit", "-q", "-m", "base")
        try t.write("project/a.md", "a2\n")
        // A second index, as `git commit -a` builds it, beside the real one (which stays unstaged).
        let temporary = t.root + "/project/.git/index.replay-test"
        try FileManager.default.copyItem(atPath: t.root + "/project/.git/index", toPath: temporary)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "add", "a.md"]
        process.currentDirectoryURL = URL(fileURLWithPath: t.root + "/project")
        process.environment = ["GIT_INDEX_FILE": temporary, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        #expect(try t.open().stagedChanges() == [])
        let relative = try #require(try WorkRepository.discover(from: t.root + "/project", ceilings: nil,
                                                                 indexFile: ".git/index.replay-test", currentFolder: t.root + "/project"))
        #expect(try relative.stagedChanges() == [StagedChange(path: "a.md", status: .modified)])
        let absolute = try #require(try WorkRepository.discover(from: t.root + "/project", ceilings: nil,
                                                                 indexFile: temporary, currentFolder: "/"))
        #expect(try absolute.stagedChanges() == [StagedChange(path: "a.md", status: .modified)])

        // Another repository's index is never lent: the project's own index is read.
        try t.initRepository("other")
        try t.write("other/x.md", "x\n")
        try t.git("add", "x.md", in: "other")
        let foreign = try #require(try WorkRepository.discover(from: t.root + "/project", ceilings: nil,
                                                                indexFile: t.root + "/other/.git/index", currentFolder: "/"))
        #expect(try foreign.stagedChanges() == [])
    }

    @Test("hooks live in the common git folder's hooks unless core.hooksPath says otherwise (relative to the work tree, or absolute, ~ expanded)")
    func hooksDirectory() throws {
        let t = try ProjectFolder()
        try t.initRepository()
        try FileManager.default.createDirectory(atPath: t.root + "/project/sub", withIntermediateDirectories: true)
        #expect(try t.open("project/sub").hooksDirectory() == t.root + "/project/.git/hooks")
        try t.git("config", "core.hooksPath", ".githooks")
        #expect(try t.open("project/sub").hooksDirectory() == t.root + "/project/.githooks")
        #expect(try t.open().configString("core.hooksPath") == ".githooks")
        try t.git("config", "core.hooksPath", t.root + "/shared-hooks/")
        #expect(try t.open().hooksDirectory() == t.root + "/shared-hooks")
        try t.git("config", "core.hooksPath", "~/replay-hooks")
        let home = try #require(ProcessInfo.processInfo.environment["HOME"])
        #expect(try t.open().hooksDirectory() == URL(fileURLWithPath: home).appendingPathComponent("replay-hooks").path)
        #expect(try t.open().configString("no.such-key") == nil)
    }

    @Test("a linked worktree has its own git folder and index, and shares the main repository's hooks")
    func linkedWorktree() throws {
        let t = try ProjectFolder()
        try t.initRepository()
        try t.write("project/a.md", "a1\n")
        try t.git("add", "-A")
        try t.git("commit", "-q", "-m", "base")
        try t.git("worktree", "add", "-q", "-b", "feature", t.root + "/linked")
        try t.write("linked/a.md", "a2 in the linked worktree\n")
        try t.git("add", "a.md", in: "linked")

        let linked = try t.open("linked")
        #expect(linked.workdir == t.root + "/linked")
        #expect(linked.gitDir == t.root + "/project/.git/worktrees/linked")
        #expect(try linked.hooksDirectory() == t.root + "/project/.git/hooks")
        #expect(try linked.stagedChanges() == [StagedChange(path: "a.md", status: .modified)])
        #expect(try t.open().stagedChanges() == [])
        #expect(try t.git("rev-parse", "--absolute-git-dir", in: "linked") == linked.gitDir)
    }
}

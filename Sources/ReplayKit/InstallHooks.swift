import Foundation
import ReplayCore
import ReplayGit

/// `replay hooks install|uninstall|status`: replay's git hooks in the user's project repository
/// (where `core.hooksPath` says, else `.git/hooks`). A hook already there is never overwritten:
/// it is kept beside ours as `NAME.replay-chained` and run first; uninstalling puts it back.
/// Our own hook is recognised by its marker line, so installing again only updates it.
public enum InstallHooks {
    /// A hook shipped in the binary (the same bytes as the repository's `hooks/NAME`).
    public struct Hook: Sendable {
        public let name: String
        public let text: String
    }

    /// The hooks replay ships: `pre-commit` runs `replay check` on what is staged.
    public static let shipped: [Hook] = [Hook(name: "pre-commit", text: preCommit)]
    /// The suffix of a hook that was there before ours, run first by ours.
    public static let chainedSuffix = ".replay-chained"
    /// The local git config key naming the workspace when it is not `.replay` at the top of the work tree.
    public static let workspaceKey = "replay.workspace"

    /// The line that marks a hook file as replay's own.
    public static func marker(_ name: String) -> String { "# replay-hook: \(name)" }

    /// What is in the hooks folder under one hook's name.
    public enum State: String, Sendable {
        /// Replay's hook, the same bytes as this binary's and executable.
        case installed
        /// Replay's hook from another version of replay (or made non-executable): `install` updates it.
        case outdated
        /// Some other program's hook.
        case foreign
        /// No hook of that name.
        case absent
    }

    /// One hook as found (status) or as left by install/uninstall.
    public struct HookReport: Sendable {
        public enum Action: String, Sendable {
            case installed, updated, unchanged, removed, notInstalled = "not-installed", leftForeign = "left-foreign", none
        }
        public let name: String
        public let path: String
        public let state: State
        public let action: Action
        /// The earlier hook that ours runs first, when there is one.
        public let chainedPath: String?
        /// A chained hook put back in place by uninstall.
        public let restored: Bool
        /// An earlier chained hook moved aside by `install --force` (no longer run).
        public let setAside: String?
    }

    public struct Result: Sendable {
        public let workdir: String
        public let hooksDirectory: String
        public let hooks: [HookReport]
        /// The `replay.workspace` value the hook passes to `replay check` (nil: `.replay` at the top).
        public let workspaceSetting: String?
        /// Where the hook will find replay (`$REPLAY`, else `replay` on PATH), or nil when it will not.
        public let replayOnPath: String?
        /// Things worth knowing that did not stop the command.
        public let notes: [String]

        /// A path shown to the user: relative to the work tree when inside it.
        public func display(_ path: String) -> String {
            path.hasPrefix(workdir + "/") ? String(path.dropFirst(workdir.count + 1)) : path
        }
    }

    // MARK: Use cases

    /// Installs the hooks named (all shipped ones when `names` is empty) into the repository whose
    /// work tree holds `folder`. `workspace` (when one was found) decides `replay.workspace`.
    /// `force`: when a foreign hook and an earlier chained one both exist, the earlier one is
    /// moved aside (kept, no longer run) so the foreign hook can be chained.
    public static func install(from folder: String, workspace: Workspace?, names: [String], force: Bool,
                               environment: any Environment) throws -> Result {
        let hooks = try selected(names)
        let repository = try openRepository(from: folder)
        let directory = try hooksDirectory(of: repository)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ReplayError("cannot create the hooks folder \(directory): \(error.localizedDescription)",
                              details: ["check the folder's permissions, or point core.hooksPath at a folder you can write"])
        }
        var notes: [String] = []
        var reports: [HookReport] = []
        for hook in hooks {
            let path = directory + "/" + hook.name
            let chained = path + chainedSuffix
            let state = try examine(path, as: hook)
            var setAside: String?
            switch state {
            case .installed:
                reports.append(HookReport(name: hook.name, path: path, state: .installed, action: .unchanged,
                                          chainedPath: exists(chained) ? chained : nil, restored: false, setAside: nil))
                continue
            case .outdated, .absent:
                try write(hook, to: path)
            case .foreign:
                if exists(chained) {
                    guard force else {
                        throw ReplayError("\(path) is not replay's hook, and \(chained) (a hook chained by an earlier install) exists too",
                                          details: ["move one of them away or merge them into one script, then run `replay hooks install` again",
                                                    "or run `replay hooks install --force`: it chains \(path) and keeps the earlier \(chained) under a new name (no longer run)"])
                    }
                    let aside = freeName(chained + ".old")
                    try move(chained, to: aside)
                    setAside = aside
                }
                if isPreCommitFramework(path) {
                    notes.append("\(path) is the pre-commit framework's hook: it now runs first, chained. With that framework you may prefer listing the replay-check hook in .pre-commit-config.yaml (see hooks/README.md) over `replay hooks install`.")
                }
                try writeChaining(hook, at: path, keeping: chained)
            }
            reports.append(HookReport(name: hook.name, path: path, state: .installed,
                                      action: state == .outdated ? .updated : .installed,
                                      chainedPath: exists(chained) ? chained : nil, restored: false, setAside: setAside))
        }
        var inside = workspace
        if let workspace, !contains(repository.workdir, workspace.root) {
            notes.append("the workspace \(workspace.root) is outside this repository (\(repository.workdir)), so the hook does not use it")
            inside = nil
        }
        let setting = try updateWorkspaceSetting(repository, workspace: inside)
        if inside == nil && setting == nil {
            notes.append("no replay workspace was found in \(repository.workdir): the hook's `replay check` fails (and stops commits) until there is one: create it with `replay init`, or run this again with --workspace PATH")
        }
        let replay = replayOnPath(environment)
        if replay == nil {
            notes.append(environment.variable("REPLAY").map { "REPLAY=\($0) is not an executable file: the hook stops every commit until it is" }
                         ?? "replay is not on PATH here: the hook stops every commit until it is (or until REPLAY=/path/to/replay is set)")
        }
        if isShared(directory, repository) {
            notes.append("core.hooksPath is \(directory), outside this repository: the hook runs for every repository that uses that folder")
        }
        return Result(workdir: repository.workdir, hooksDirectory: directory, hooks: reports, workspaceSetting: setting,
                      replayOnPath: replay, notes: notes)
    }

    /// Removes replay's hooks (all shipped ones when `names` is empty) and puts back the hooks they
    /// chained. A hook that is not replay's is left as it is.
    public static func uninstall(from folder: String, names: [String], environment: any Environment) throws -> Result {
        let hooks = try selected(names)
        let repository = try openRepository(from: folder)
        let directory = try hooksDirectory(of: repository)
        var reports: [HookReport] = []
        var notes: [String] = []
        for hook in hooks {
            let path = directory + "/" + hook.name
            let chained = path + chainedSuffix
            let state = try examine(path, as: hook)
            switch state {
            case .installed, .outdated, .absent:
                if state != .absent {
                    do { try FileManager.default.removeItem(atPath: path) } catch {
                        throw ReplayError("cannot remove \(path): \(error.localizedDescription)", details: ["check the hooks folder's permissions"])
                    }
                }
                let restored = exists(chained)
                if restored { try move(chained, to: path) }
                reports.append(HookReport(name: hook.name, path: path, state: try examine(path, as: hook),
                                          action: state == .absent ? .notInstalled : .removed,
                                          chainedPath: nil, restored: restored, setAside: nil))
            case .foreign:
                let kept = exists(chained) ? chained : nil
                if let kept {
                    notes.append("\(kept) was chained by replay but \(path) is now another program's hook: \(kept) is left where it is; merge or remove it yourself")
                }
                reports.append(HookReport(name: hook.name, path: path, state: .foreign, action: .leftForeign,
                                          chainedPath: kept, restored: false, setAside: nil))
            }
        }
        // The workspace setting goes with the last of replay's hooks.
        let anyLeft = try shipped.contains { try [State.installed, .outdated].contains(examine(directory + "/" + $0.name, as: $0)) }
        if !anyLeft { try repository.setLocalConfig(workspaceKey, nil) }
        return Result(workdir: repository.workdir, hooksDirectory: directory, hooks: reports,
                      workspaceSetting: repository.configString(workspaceKey), replayOnPath: replayOnPath(environment), notes: notes)
    }

    /// What is installed, changing nothing.
    public static func status(from folder: String, names: [String], environment: any Environment) throws -> Result {
        let hooks = try selected(names)
        let repository = try openRepository(from: folder)
        let directory = try hooksDirectory(of: repository)
        let reports = try hooks.map { hook -> HookReport in
            let path = directory + "/" + hook.name
            let chained = path + chainedSuffix
            return HookReport(name: hook.name, path: path, state: try examine(path, as: hook), action: .none,
                              chainedPath: exists(chained) ? chained : nil, restored: false, setAside: nil)
        }
        return Result(workdir: repository.workdir, hooksDirectory: directory, hooks: reports,
                      workspaceSetting: repository.configString(workspaceKey), replayOnPath: replayOnPath(environment), notes: [])
    }

    // MARK: Parts

    /// The shipped hooks named (all when `names` is empty); an unknown name is a usage error.
    static func selected(_ names: [String]) throws -> [Hook] {
        guard !names.isEmpty else { return shipped }
        var result: [Hook] = []
        for name in names {
            guard let hook = shipped.first(where: { $0.name == name }) else {
                let known = shipped.map(\.name)
                throw ReplayError("replay has no \(name) hook", kind: .usage,
                                  details: ["hooks replay ships: " + known.joined(separator: ", ")]
                                      + (closest(to: name, in: known).map { ["did you mean \($0)?"] } ?? []))
            }
            if !result.contains(where: { $0.name == name }) { result.append(hook) }
        }
        return result
    }

    static func openRepository(from folder: String) throws -> WorkRepository {
        let repository: WorkRepository?
        do { repository = try WorkRepository.discover(from: folder) } catch let error as GitError {
            throw ReplayError("cannot open the git repository around \(folder): \(error.message)",
                              details: ["`git -C \(folder) status` tells what git thinks of it"])
        }
        guard let repository else {
            throw ReplayError("\(folder) is not inside a git repository, so there is nowhere to install hooks",
                              details: ["run this in your project's work tree (`git init` there first if it has no repository)",
                                        "or name a workspace inside one with --workspace PATH"])
        }
        return repository
    }

    static func hooksDirectory(of repository: WorkRepository) throws -> String {
        do { return try repository.hooksDirectory() } catch let error as GitError {
            throw ReplayError("cannot read core.hooksPath of \(repository.workdir): \(error.message)",
                              details: ["check it with `git config --show-origin core.hooksPath`"])
        }
    }

    /// What is at `path`: replay's hook (by its marker line), another program's, or nothing.
    static func examine(_ path: String, as hook: Hook) throws -> State {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .absent }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw ReplayError("\(path) is a folder, not a hook file", details: ["move it away, then run the command again"])
        }
        guard let data = FileManager.default.contents(atPath: path) else { return .foreign }  // unreadable or a dangling link
        let text = String(decoding: data, as: UTF8.self)
        guard text.split(separator: "\n", omittingEmptySubsequences: false).contains(where: { $0 == marker(hook.name) }) else {
            return .foreign
        }
        return text == hook.text && FileManager.default.isExecutableFile(atPath: path) ? .installed : .outdated
    }

    /// Writes `hook` to `path` (replacing replay's own older hook) through a temporary file, executable.
    static func write(_ hook: Hook, to path: String) throws {
        let temporary = try stage(hook, beside: path)
        do { try move(temporary, to: path) } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// Moves the foreign hook at `path` to `chained` and puts replay's in its place; on failure the
    /// foreign hook is put back.
    static func writeChaining(_ hook: Hook, at path: String, keeping chained: String) throws {
        let temporary = try stage(hook, beside: path)
        do { try move(path, to: chained) } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        do { try move(temporary, to: path) } catch {
            try? move(chained, to: path)
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// The hook's text in a new executable file in `path`'s folder.
    static func stage(_ hook: Hook, beside path: String) throws -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = folder + "/.\(hook.name).replay-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(hook.text.utf8), attributes: [.posixPermissions: 0o755]) else {
            throw ReplayError("cannot write a hook into \(folder)", details: ["check the folder's permissions (replay needs to create files there)"])
        }
        // createFile's permissions pass through the umask; a hook must be executable.
        guard chmod(temporary, 0o755) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw ReplayError("cannot make \(temporary) executable: \(String(cString: strerror(errno)))")
        }
        return temporary
    }

    /// Renames `source` to `target` (replacing a file there), as rename(2) does.
    static func move(_ source: String, to target: String) throws {
        guard rename(source, target) == 0 else {
            throw ReplayError("cannot move \(source) to \(target): \(String(cString: strerror(errno)))",
                              details: ["check the hooks folder's permissions"])
        }
    }

    /// Whether anything (a dangling link too) is at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// `base`, else `base.2`, `base.3`… whichever does not exist yet.
    static func freeName(_ base: String) -> String {
        var candidate = base
        var n = 2
        while exists(candidate) { candidate = base + ".\(n)"; n += 1 }
        return candidate
    }

    static func isPreCommitFramework(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return String(decoding: data, as: UTF8.self).contains("File generated by pre-commit")
    }

    /// Whether `path` is `folder` or lies below it (symbolic links resolved).
    static func contains(_ folder: String, _ path: String) -> Bool {
        let top = resolve(folder), inner = resolve(path)
        return inner == top || inner.hasPrefix(top + "/")
    }

    /// Whether the hooks folder lies outside both the work tree and the git folder (a folder shared
    /// by several repositories, such as a global core.hooksPath).
    static func isShared(_ directory: String, _ repository: WorkRepository) -> Bool {
        ![repository.workdir, repository.commonDir, repository.gitDir].contains { contains($0, directory) }
    }

    /// Sets `replay.workspace` when the workspace is not `.replay` at the top of the work tree, and
    /// removes a stale one when it is. Returns the value in force.
    static func updateWorkspaceSetting(_ repository: WorkRepository, workspace: Workspace?) throws -> String? {
        guard let workspace else { return repository.configString(workspaceKey) }
        let root = resolve(workspace.root)
        let top = resolve(repository.workdir)
        let value: String? = root == top + "/" + Workspace.folderName ? nil
            : root.hasPrefix(top + "/") ? String(root.dropFirst(top.count + 1)) : root
        do {
            if repository.configString(workspaceKey) != value { try repository.setLocalConfig(workspaceKey, value) }
        } catch let error as GitError {
            throw ReplayError("cannot record the workspace in \(repository.commonDir)/config: \(error.message)",
                              details: ["check that the file is writable"])
        }
        return value
    }

    /// Where the hook will find replay: `$REPLAY` when set, else `replay` on PATH.
    static func replayOnPath(_ environment: any Environment) -> String? {
        if let explicit = environment.variable("REPLAY"), !explicit.isEmpty {
            let path = explicit.hasPrefix("/") || !explicit.contains("/") ? explicit : environment.currentDirectory + "/" + explicit
            if path.contains("/") { return FileManager.default.isExecutableFile(atPath: path) ? path : nil }
            return search(explicit, in: environment.variable("PATH"))
        }
        return search("replay", in: environment.variable("PATH"))
    }

    static func search(_ name: String, in path: String?) -> String? {
        for folder in (path ?? "").split(separator: ":") {
            let candidate = String(folder) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func resolve(_ path: String) -> String { URL(fileURLWithPath: path).resolvingSymlinksInPath().path }
}

extension InstallHooks {
    /// `hooks/pre-commit` of the replay repository, byte for byte (a test compares them).
    static let preCommit = #"""
        #!/bin/sh
        # replay-hook: pre-commit
        # Installed by `replay hooks install`; `replay hooks uninstall` removes it (and puts back a hook
        # it chained). Stops a commit whose staged prompt, case or config change has no recorded,
        # reviewed run, by running `replay check` (exit 0: nothing to do; 1: blocked, with the command
        # to run next; 2: error).
        #
        #   REPLAY=/path/to/replay              the replay binary (default: `replay` on PATH)
        #   REPLAY_SKIP=1                       skip the check for this commit (or: git commit --no-verify)
        #   git config replay.workspace PATH    the workspace, when it is not .replay at the top of the
        #                                       work tree (`replay hooks install` sets it)
        #
        # A hook that was here before is kept beside this one as pre-commit.replay-chained and runs
        # first, with the same arguments and standard input; its failure stops the commit.

        chained="$0.replay-chained"
        if [ -f "$chained" ]; then
            if [ -x "$chained" ]; then
                "$chained" "$@" || exit $?
            else
                echo "replay: hint: $chained was ignored because it is not executable (chmod +x it to run it)." >&2
            fi
        fi

        if [ "${REPLAY_SKIP:-}" = 1 ]; then
            echo "replay: REPLAY_SKIP=1: replay check skipped for this commit." >&2
            exit 0
        fi

        replay="${REPLAY:-replay}"
        if ! command -v "$replay" >/dev/null 2>&1; then
            if [ -n "${REPLAY:-}" ]; then
                echo "replay: cannot run replay check: REPLAY=$REPLAY is not an executable file." >&2
            else
                echo "replay: cannot run replay check: 'replay' is not on PATH ($PATH)." >&2
            fi
            echo "replay: the commit is stopped so that an unchecked prompt change cannot slip through. Either" >&2
            echo "replay:   - put replay on PATH, or set REPLAY=/path/to/replay (GUI git clients often have a shorter PATH);" >&2
            echo "replay:   - commit this once without the check: REPLAY_SKIP=1 git commit ... (or git commit --no-verify);" >&2
            echo "replay:   - remove the hook: replay hooks uninstall (or delete $0)." >&2
            exit 1
        fi

        workspace="$(git config --get replay.workspace 2>/dev/null)"
        if [ -n "$workspace" ]; then
            "$replay" check --workspace "$workspace"
        else
            "$replay" check
        fi
        status=$?
        if [ "$status" -ne 0 ]; then
            echo "replay: commit stopped by replay check (exit $status). To commit anyway: REPLAY_SKIP=1 git commit ..., or git commit --no-verify." >&2
        fi
        exit "$status"

        """#
}

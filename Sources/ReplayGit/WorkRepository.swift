import ReplayGit2C
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The user's own (non-bare) project repository, opened through libgit2 to read what is staged
/// for the next commit and where its hooks live. Not thread-safe: one `WorkRepository` per task.
///
/// Like git, it honours `GIT_INDEX_FILE` (git sets it for hooks; `git commit -a` and
/// `git commit PATH` stage into a temporary index), but only when that file lies inside this
/// repository's git folder, so a hook of one repository never lends its index to another.
public final class WorkRepository {
    let handle: OpaquePointer
    /// The work tree's top folder: absolute, no trailing slash.
    public let workdir: String
    /// The git folder: absolute, no trailing slash (a linked worktree's own folder under `.git/worktrees/`).
    public let gitDir: String
    /// The folder shared by all worktrees (`.git` of the main worktree): absolute, no trailing slash.
    public let commonDir: String

    private init(handle: OpaquePointer, workdir: String, gitDir: String, commonDir: String) {
        self.handle = handle
        self.workdir = workdir
        self.gitDir = gitDir
        self.commonDir = commonDir
    }

    deinit { git_repository_free(handle) }

    /// The repository whose work tree contains `path` (searching upwards like git, stopping at
    /// `GIT_CEILING_DIRECTORIES` and file-system boundaries), or nil when `path` is not inside one.
    /// A bare repository on the way (such as a workspace's `.replay/store`) has no work tree:
    /// the search goes on above it.
    public static func discover(from path: String) throws -> WorkRepository? {
        try discover(from: path, ceilings: environmentValue("GIT_CEILING_DIRECTORIES"),
                     indexFile: environmentValue("GIT_INDEX_FILE"), currentFolder: currentFolder())
    }

    /// `discover(from:)` with git's environment passed in (`indexFile`: `GIT_INDEX_FILE`, a
    /// relative value read from `currentFolder`).
    static func discover(from path: String, ceilings: String?, indexFile: String?, currentFolder: String?) throws -> WorkRepository? {
        precondition(libgit2Ready)
        var start = path
        while true {
            var found = git_buf()
            defer { git_buf_dispose(&found) }
            let rc = git_repository_discover(&found, start, 0, ceilings)
            if rc == GIT_ENOTFOUND.rawValue { git_error_clear(); return nil }
            try check(rc, "look for a git repository containing \(path)")
            let gitPath = String(cString: found.ptr)
            var repo: OpaquePointer?
            try check(git_repository_open(&repo, gitPath), "open the git repository at \(gitPath)")
            guard let workdirPointer = git_repository_workdir(repo) else {
                git_repository_free(repo)
                let parent = parentFolder(of: trimmed(gitPath))
                guard parent != trimmed(gitPath), !parent.isEmpty else { return nil }
                start = parent
                continue
            }
            let repository = WorkRepository(
                handle: repo!,
                workdir: trimmed(String(cString: workdirPointer)),
                gitDir: trimmed(String(cString: git_repository_path(repo))),
                commonDir: trimmed(String(cString: git_repository_commondir(repo)))
            )
            if let indexFile, !indexFile.isEmpty {
                try repository.useIndex(indexFile.hasPrefix("/") ? indexFile : (currentFolder ?? repository.workdir) + "/" + indexFile)
            }
            return repository
        }
    }

    // MARK: Staged changes

    /// What the next commit would change: the index against HEAD (an unborn HEAD compares with
    /// the empty tree), renames detected as git does (50% similarity), paths relative to `workdir`,
    /// sorted by path.
    public func stagedChanges() throws -> [StagedChange] {
        var index: OpaquePointer?
        try check(git_repository_index(&index, handle), "read the index of \(workdir)")
        defer { git_index_free(index) }

        var headTree: OpaquePointer?
        defer { git_tree_free(headTree) }
        if git_repository_head_unborn(handle) != 1 {
            git_error_clear()
            var object: OpaquePointer?
            try check(git_revparse_single(&object, handle, "HEAD^{tree}"), "read HEAD's tree in \(workdir)")
            headTree = object
        }

        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "prepare a diff")
        options.flags = GIT_DIFF_INCLUDE_TYPECHANGE.rawValue
        var diff: OpaquePointer?
        try check(git_diff_tree_to_index(&diff, handle, headTree, index, &options), "compare the index with HEAD in \(workdir)")
        defer { git_diff_free(diff) }

        var find = git_diff_find_options()
        try check(git_diff_find_options_init(&find, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION)), "prepare rename detection")
        find.flags = GIT_DIFF_FIND_RENAMES.rawValue
        try check(git_diff_find_similar(diff, &find), "detect renames in \(workdir)")

        var staged: [(path: String, oldPath: String?, status: StagedChange.Status)] = []
        for i in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, i)?.pointee else { continue }
            let oldPath = String(cString: delta.old_file.path)
            let newPath = String(cString: delta.new_file.path)
            switch delta.status {
            case GIT_DELTA_ADDED, GIT_DELTA_COPIED: staged.append((newPath, nil, .added))
            case GIT_DELTA_DELETED: staged.append((oldPath, nil, .deleted))
            case GIT_DELTA_RENAMED: staged.append((newPath, oldPath, .renamed))
            case GIT_DELTA_TYPECHANGE: staged.append((newPath, nil, .typeChanged))
            case GIT_DELTA_UNMODIFIED, GIT_DELTA_IGNORED, GIT_DELTA_UNTRACKED: continue
            default: staged.append((newPath, nil, .modified))  // modified, conflicted, unreadable
            }
        }
        guard !staged.isEmpty else { return [] }

        let dirty = try pathsDifferingInWorkingTree(index: index, among: staged.map(\.path))
        return staged
            .map { StagedChange(path: $0.path, oldPath: $0.oldPath, status: $0.status, modifiedInWorkingTree: dirty.contains($0.path)) }
            .sorted { $0.path < $1.path }
    }

    /// Which of `paths` differ between the index and the working tree (a deleted file included).
    private func pathsDifferingInWorkingTree(index: OpaquePointer?, among paths: [String]) throws -> Set<String> {
        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "prepare a diff")
        options.flags = GIT_DIFF_INCLUDE_TYPECHANGE.rawValue | GIT_DIFF_DISABLE_PATHSPEC_MATCH.rawValue
        // Only the staged paths are compared, so a large work tree costs nothing here.
        var strings: [UnsafeMutablePointer<CChar>?] = paths.map { strdup($0) }
        defer { strings.forEach { free($0) } }
        var diff: OpaquePointer?
        try strings.withUnsafeMutableBufferPointer { buffer in
            options.pathspec = git_strarray(strings: buffer.baseAddress, count: buffer.count)
            try check(git_diff_index_to_workdir(&diff, handle, index, &options), "compare the working tree with the index in \(workdir)")
        }
        defer { git_diff_free(diff) }
        var result = Set<String>()
        for i in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, i)?.pointee else { continue }
            result.insert(String(cString: delta.old_file.path))
            result.insert(String(cString: delta.new_file.path))
        }
        return result
    }

    /// Reads the index at `path` (from `GIT_INDEX_FILE`) in place of the repository's own, when it
    /// exists and lies inside this repository's git folder.
    private func useIndex(_ path: String) throws {
        guard let indexPath = realPath(path) else { return }  // no such index: use the repository's own
        let folders = [gitDir, commonDir].compactMap(realPath)
        guard folders.contains(where: { indexPath.hasPrefix($0 + "/") }) else { return }
        var index: OpaquePointer?
        try check(git_index_open(&index, indexPath), "read the index \(indexPath) (GIT_INDEX_FILE)")
        defer { git_index_free(index) }
        try check(git_repository_set_index(handle, index), "use the index \(indexPath)")
    }

    // MARK: Hooks and config

    /// Where hooks live: `core.hooksPath` (`~` expanded; a relative value is relative to `workdir`,
    /// where git runs hooks) if set, else the common git folder's `hooks`.
    public func hooksDirectory() throws -> String {
        var config: OpaquePointer?
        try check(git_repository_config_snapshot(&config, handle), "read the config of \(workdir)")
        defer { git_config_free(config) }
        var value = git_buf()
        defer { git_buf_dispose(&value) }
        let rc = git_config_get_path(&value, config, "core.hooksPath")
        if rc == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            return commonDir + "/hooks"
        }
        try check(rc, "read core.hooksPath in \(workdir)")
        let path = String(cString: value.ptr)
        if path.isEmpty { return commonDir + "/hooks" }
        return trimmed(path.hasPrefix("/") ? path : workdir + "/" + path)
    }

    /// A config value (worktree, repository, then global and system files), or nil where unset.
    public func configString(_ key: String) -> String? { readConfigString(key, repository: handle) }

    /// Sets (or, with nil, removes) a key in the repository's own config file (`.git/config`,
    /// shared by its worktrees).
    public func setLocalConfig(_ key: String, _ value: String?) throws {
        var config: OpaquePointer?
        try check(git_repository_config(&config, handle), "read the config of \(workdir)")
        defer { git_config_free(config) }
        var local: OpaquePointer?
        try check(git_config_open_level(&local, config, GIT_CONFIG_LEVEL_LOCAL), "open \(commonDir)/config")
        defer { git_config_free(local) }
        if let value {
            try check(git_config_set_string(local, key, value), "set \(key) in \(commonDir)/config")
        } else {
            let rc = git_config_delete_entry(local, key)
            if rc == GIT_ENOTFOUND.rawValue { git_error_clear(); return }
            try check(rc, "remove \(key) from \(commonDir)/config")
        }
    }
}

/// One path the next commit changes (index vs HEAD).
public struct StagedChange: Sendable, Equatable {
    public enum Status: String, Sendable { case added, modified, deleted, renamed, typeChanged }
    /// The new path (the old path for a deletion), relative to the work tree.
    public let path: String
    /// The path before a rename.
    public let oldPath: String?
    public let status: Status
    /// The working-tree file also differs from the index (edited again after `git add`, or deleted).
    public let modifiedInWorkingTree: Bool

    public init(path: String, oldPath: String? = nil, status: Status, modifiedInWorkingTree: Bool = false) {
        self.path = path
        self.oldPath = oldPath
        self.status = status
        self.modifiedInWorkingTree = modifiedInWorkingTree
    }
}

private func environmentValue(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

private func currentFolder() -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return nil }
    return String(cString: buffer)
}

/// `path` with symbolic links resolved, or nil when it does not exist.
private func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
}

/// `path` without trailing slashes (except the root itself).
private func trimmed(_ path: String) -> String {
    var result = Substring(path)
    while result.count > 1, result.hasSuffix("/") { result = result.dropLast() }
    return String(result)
}

/// The folder holding `path` ("/" for a top-level entry).
private func parentFolder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
}

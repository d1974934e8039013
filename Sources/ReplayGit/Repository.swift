import ReplayGit2C

/// A bare git repository opened through libgit2. Not thread-safe: use one `Repository` per task
/// (libgit2 needs one thread at a time per object, and its error state is per thread).
public final class Repository {
    let handle: OpaquePointer
    /// The repository's folder (the bare repository itself).
    public let path: String
    var staging: OpaquePointer?  // the mempack backend, added to the odb on first write
    /// Whole objects read straight from the mapped packs (libgit2 reads the rest).
    private lazy var packs = PackReader(gitDirectory: path)

    private init(handle: OpaquePointer, path: String) {
        self.handle = handle
        self.path = path
    }

    deinit { git_repository_free(handle) }

    /// Creates a bare repository at `path` (which may exist and be empty).
    public static func createBare(at path: String) throws -> Repository {
        precondition(libgit2Ready)
        var repo: OpaquePointer?
        try check(git_repository_init(&repo, path, 1), "create a git repository at \(path)")
        return Repository(handle: repo!, path: path)
    }

    /// Opens the bare repository at exactly `path` (no search upwards).
    public static func open(at path: String) throws -> Repository {
        precondition(libgit2Ready)
        var repo: OpaquePointer?
        let flags = GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue | GIT_REPOSITORY_OPEN_BARE.rawValue
        try check(git_repository_open_ext(&repo, path, flags, nil), "open the git repository at \(path)")
        return Repository(handle: repo!, path: path)
    }

    // MARK: Config

    /// Sets a key in the repository's own config file.
    public func setConfig(_ key: String, _ value: String) throws {
        var config: OpaquePointer?
        try check(git_repository_config(&config, handle), "read the config of \(path)")
        defer { git_config_free(config) }
        try check(git_config_set_string(config, key, value), "set \(key) in \(path)")
    }

    /// A config value (repository, then global and system files), or nil where unset.
    public func configString(_ key: String) -> String? { readConfigString(key, repository: handle) }

    // MARK: References

    /// The id a reference points to (peeled through symbolic references), or nil if it does not exist.
    public func reference(_ name: String) throws -> ObjectID? {
        var oid = git_oid()
        let rc = git_reference_name_to_id(&oid, handle, name)
        if rc == GIT_ENOTFOUND.rawValue { git_error_clear(); return nil }
        try check(rc, "read reference \(name)")
        return ObjectID(oid)
    }

    /// All references whose names match a glob such as `refs/replay/runs/*`, sorted by name.
    public func references(matching glob: String) throws -> [(name: String, id: ObjectID)] {
        var iterator: OpaquePointer?
        try check(git_reference_iterator_glob_new(&iterator, handle, glob), "list references \(glob)")
        defer { git_reference_iterator_free(iterator) }
        var result: [(name: String, id: ObjectID)] = []
        while true {
            var ref: OpaquePointer?
            let rc = git_reference_next(&ref, iterator)
            if rc == GIT_ITEROVER.rawValue { break }
            try check(rc, "list references \(glob)")
            defer { git_reference_free(ref) }
            var resolved: OpaquePointer?
            try check(git_reference_resolve(&resolved, ref), "resolve reference")
            defer { git_reference_free(resolved) }
            guard let target = git_reference_target(resolved) else { continue }
            result.append((String(cString: git_reference_name(ref)), ObjectID(target)))
        }
        return result.sorted { $0.name < $1.name }
    }

    /// Moves (or creates) `name` to `id` only if it still points at `expected` (nil: only if it does
    /// not exist yet). A stale expectation throws a `GitError` whose `isStale` is true.
    public func updateReference(_ name: String, to id: ObjectID, expecting expected: ObjectID?, message: String) throws {
        var target = id.raw
        var ref: OpaquePointer?
        if var old = expected?.raw {
            try check(git_reference_create_matching(&ref, handle, name, &target, 1, &old, message),
                      "move \(name)")
        } else {
            try check(git_reference_create(&ref, handle, name, &target, 0, message), "create \(name)")
        }
        git_reference_free(ref)
    }

    // MARK: Objects

    /// Resolves a hexadecimal prefix (4 to 40 digits) to the one object it names.
    public func resolvePrefix(_ prefix: String) throws -> ObjectID {
        var oid = git_oid()
        try check(git_oid_fromstrn(&oid, prefix, prefix.utf8.count), "read object id \(prefix)")
        var object: OpaquePointer?
        try check(git_object_lookup_prefix(&object, handle, &oid, prefix.utf8.count, GIT_OBJECT_ANY),
                  "find object \(prefix)")
        defer { git_object_free(object) }
        return ObjectID(git_object_id(object))
    }

    /// Whether the object database holds `id`.
    public func contains(_ id: ObjectID) throws -> Bool {
        var odb: OpaquePointer?
        try check(git_repository_odb(&odb, handle), "open the object database")
        defer { git_odb_free(odb) }
        var oid = id.raw
        return git_odb_exists(odb, &oid) == 1
    }

    /// The bytes of a blob.
    public func blob(_ id: ObjectID) throws -> [UInt8] {
        if let bytes = packs.read(id, type: 3) { return bytes }
        var oid = id.raw
        var blob: OpaquePointer?
        try check(git_blob_lookup(&blob, handle, &oid), "read blob \(id.short())")
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let content = git_blob_rawcontent(blob) else { return [] }
        return Array(UnsafeRawBufferPointer(start: content, count: size))
    }

    /// A commit's tree, parents, message and time.
    public func commit(_ id: ObjectID) throws -> Commit {
        var oid = id.raw
        var commit: OpaquePointer?
        try check(git_commit_lookup(&commit, handle, &oid), "read commit \(id.short())")
        defer { git_commit_free(commit) }
        let parents = (0..<git_commit_parentcount(commit)).map { ObjectID(git_commit_parent_id(commit, $0)) }
        let author = git_commit_author(commit)!.pointee
        return Commit(
            id: id,
            tree: ObjectID(git_commit_tree_id(commit)),
            parents: parents,
            message: String(cString: git_commit_message(commit)),
            time: Int64(git_commit_time(commit)),
            authorName: String(cString: author.name),
            authorEmail: String(cString: author.email)
        )
    }

    /// The entry at a slash-separated path below a tree, or nil if there is none.
    public func entry(in tree: ObjectID, path: String) throws -> TreeEntry? {
        var oid = tree.raw
        var treeHandle: OpaquePointer?
        try check(git_tree_lookup(&treeHandle, handle, &oid), "read tree \(tree.short())")
        defer { git_tree_free(treeHandle) }
        var entry: OpaquePointer?
        let rc = git_tree_entry_bypath(&entry, treeHandle, path)
        if rc == GIT_ENOTFOUND.rawValue { git_error_clear(); return nil }
        try check(rc, "find \(path) in tree \(tree.short())")
        defer { git_tree_entry_free(entry) }
        return TreeEntry(entry!)
    }

    /// Opens a tree for reading its entries.
    public func tree(_ id: ObjectID) throws -> Tree {
        var oid = id.raw
        var treeHandle: OpaquePointer?
        try check(git_tree_lookup(&treeHandle, handle, &oid), "read tree \(id.short())")
        return Tree(handle: treeHandle!, id: id)
    }

    /// A tree's entries in git's order (as `tree(id).entries`), parsed straight from its pack when
    /// it is stored whole there: for the many small trees a diff opens.
    public func treeEntries(_ id: ObjectID) throws -> [TreeEntry] {
        if let bytes = packs.read(id, type: 2), let entries = TreeEntry.parse(bytes) { return entries }
        return try tree(id).entries
    }
}

/// A commit, read.
public struct Commit: Sendable, Equatable {
    public let id: ObjectID
    public let tree: ObjectID
    public let parents: [ObjectID]
    public let message: String
    /// Seconds since 1970 (committer time).
    public let time: Int64
    public let authorName: String
    public let authorEmail: String
}

/// A config value of a libgit2 repository handle (its own files, then global and system), or nil where unset.
func readConfigString(_ key: String, repository handle: OpaquePointer) -> String? {
    var config: OpaquePointer?
    guard git_repository_config_snapshot(&config, handle) == 0 else { git_error_clear(); return nil }
    defer { git_config_free(config) }
    var value: UnsafePointer<CChar>?
    guard git_config_get_string(&value, config, key) == 0, let value else { git_error_clear(); return nil }
    return String(cString: value)
}

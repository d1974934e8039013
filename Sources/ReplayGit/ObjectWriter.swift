#if canImport(Glibc)
import Glibc
#endif
import ReplayGit2C

/// Writes new objects into memory (libgit2's mempack backend) and then packs exactly those
/// objects into one pack file. Objects the repository already holds are not written again
/// (`git_odb_write` finds them first), so a run that changes 1% of its cases packs 1% of them.
///
/// Nothing is visible on disk before `pack()`, and a pack without a reference pointing into it is
/// only unreferenced objects: a crash before the reference moves leaves the store as it was.
public final class ObjectWriter {
    private let repository: Repository
    private let odb: OpaquePointer
    private let mempack: OpaquePointer
    private var written: [ObjectID] = []
    private var seen: Set<ObjectID> = []
    /// The repository's own backends (packs, loose objects), asked directly whether they hold an object.
    private var storedBackends: [UnsafeMutablePointer<git_odb_backend>] = []

    /// Opens a writer on `repository`. One writer at a time per `Repository` value.
    public init(_ repository: Repository) throws {
        self.repository = repository
        var odb: OpaquePointer?
        try check(git_repository_odb(&odb, repository.handle), "open the object database of \(repository.path)")
        self.odb = odb!
        if let existing = repository.staging {
            mempack = existing
        } else {
            var backend: UnsafeMutablePointer<git_odb_backend>?
            try check(git_mempack_new(&backend), "create the in-memory object backend")
            // Highest priority: new objects are written here rather than as loose files.
            try check(git_odb_add_backend(self.odb, backend, 1000), "attach the in-memory object backend")
            mempack = OpaquePointer(backend!)
            repository.staging = mempack
        }
        try check(git_mempack_reset(backendPointer), "clear the in-memory object backend")
        for position in 0..<git_odb_num_backends(self.odb) {
            var backend: UnsafeMutablePointer<git_odb_backend>?
            try check(git_odb_get_backend(&backend, self.odb, position), "list the object backends")
            if let backend, backend != backendPointer { storedBackends.append(backend) }
        }
    }

    deinit {
        git_mempack_reset(backendPointer)
        git_odb_free(odb)
    }

    private var backendPointer: UnsafeMutablePointer<git_odb_backend> {
        UnsafeMutablePointer<git_odb_backend>(mempack)
    }

    private func note(_ id: ObjectID) {
        if seen.insert(id).inserted { written.append(id) }
    }

    /// Writes a blob and returns its id.
    @discardableResult
    public func writeBlob(_ bytes: [UInt8]) throws -> ObjectID {
        try write(bytes, GIT_OBJECT_BLOB)
    }

    /// Hashes the object; stages it in memory unless the repository or this writer already has it.
    private func write(_ bytes: [UInt8], _ type: git_object_t) throws -> ObjectID {
        var oid = git_oid()
        try bytes.withUnsafeBytes { raw in
            let base = raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
            _ = try check(git_odb_hash(&oid, base, raw.count, type), "hash an object")
            let id = ObjectID(oid)
            guard !seen.contains(id) else { return }
            seen.insert(id)
            guard !storedBackends.contains(where: { replay_git_backend_has($0, &oid) != 0 }) else { return }
            _ = try check(replay_git_backend_write(backendPointer, &oid, base, raw.count, type), "stage an object in memory")
            written.append(id)
        }
        return ObjectID(oid)
    }

    /// Writes a tree of `entries` (any order; they are sorted in git's order) and returns its id.
    /// Names must be valid path components: not empty, no `/` or NUL, not `.`, `..` or `.git`.
    @discardableResult
    public func writeTree(_ entries: [TreeEntry]) throws -> ObjectID {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.count * 64)
        let sorted = entries.map { ($0, Array($0.name.utf8)) }.sorted { lhs, rhs in
            Self.gitOrder(lhs.1, lhs.0.kind == .tree, rhs.1, rhs.0.kind == .tree)
        }
        var previous: [UInt8]?
        for (entry, name) in sorted {
            guard Self.isValidName(name) else {
                throw GitError(operation: "write a tree", code: -1, message: "invalid entry name '\(entry.name)'")
            }
            guard name != previous else {
                throw GitError(operation: "write a tree", code: -1, message: "duplicate entry name '\(entry.name)'")
            }
            previous = name
            switch entry.kind {
            case .tree: bytes.append(contentsOf: Array("40000 ".utf8))
            case .blob: bytes.append(contentsOf: Array("100644 ".utf8))
            case .other:
                throw GitError(operation: "write a tree", code: -1, message: "unsupported entry kind for '\(entry.name)'")
            }
            bytes.append(contentsOf: name)
            bytes.append(0)
            var oid = entry.id.raw
            withUnsafeBytes(of: &oid.id) { bytes.append(contentsOf: $0) }
        }
        return try write(bytes, GIT_OBJECT_TREE)
    }

    /// Writes a commit of `tree` with `parents` and returns its id; no reference moves.
    /// The author is the repository's `user.name`/`user.email` (else "replay"), at `time`.
    @discardableResult
    public func writeCommit(tree: ObjectID, parents: [ObjectID], message: String, time: Int64) throws -> ObjectID {
        var signature: UnsafeMutablePointer<git_signature>?
        let name = repository.configString("user.name") ?? "replay"
        let email = repository.configString("user.email") ?? "replay@localhost"
        try check(git_signature_new(&signature, name, email, git_time_t(time), 0), "make the commit signature")
        defer { git_signature_free(signature) }

        var treeOID = tree.raw
        var treeHandle: OpaquePointer?
        try check(git_tree_lookup(&treeHandle, repository.handle, &treeOID), "read tree \(tree.short())")
        defer { git_tree_free(treeHandle) }

        var parentHandles: [OpaquePointer?] = []
        defer { parentHandles.forEach { git_commit_free($0) } }
        for parent in parents {
            var parentOID = parent.raw
            var commit: OpaquePointer?
            try check(git_commit_lookup(&commit, repository.handle, &parentOID), "read parent commit \(parent.short())")
            parentHandles.append(commit)
        }
        var oid = git_oid()
        _ = try parentHandles.withUnsafeMutableBufferPointer { buffer in
            try check(git_commit_create(&oid, repository.handle, nil, signature, signature, "UTF-8", message,
                                        treeHandle, buffer.count, buffer.baseAddress),
                      "write a commit")
        }
        let id = ObjectID(oid)
        note(id)
        return id
    }

    /// Packs the objects written since the last pack that the repository did not already hold
    /// into one new pack file (with its index, written by libgit2's indexer), and returns how many objects it holds
    /// (0: nothing new, no file written).
    @discardableResult
    public func pack() throws -> Int {
        defer {
            written.removeAll(keepingCapacity: true)
            seen.removeAll(keepingCapacity: true)
        }
        let fresh = written.filter { id in
            var oid = id.raw
            return replay_git_backend_exists(backendPointer, &oid) == 1
        }
        guard !fresh.isEmpty else { return 0 }
        let packDirectory = repository.path.hasSuffix("/") ? repository.path + "objects/pack" : repository.path + "/objects/pack"
        let stream = try PackStream(directory: packDirectory, odb: odb, objectCount: fresh.count)
        for id in fresh {
            var oid = id.raw
            var object: OpaquePointer?
            try check(git_odb_read(&object, odb, &oid), "read staged object \(id.short())")
            defer { git_odb_object_free(object) }
            try stream.add(type: git_odb_object_type(object), data: git_odb_object_data(object), count: git_odb_object_size(object))
        }
        try stream.finish()
        let inserted = fresh.count
        try check(git_odb_refresh(odb), "refresh the object database")
        try check(git_mempack_reset(backendPointer), "clear the in-memory object backend")
        return inserted
    }

    // MARK: Names and order

    static func isValidName(_ name: [UInt8]) -> Bool {
        guard !name.isEmpty, !name.contains(0x2F), !name.contains(0) else { return false }
        let lower = name.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        return lower != Array(".".utf8) && lower != Array("..".utf8) && lower != Array(".git".utf8)
    }

    /// git's tree order: bytewise, with a tree's name compared as if followed by '/'.
    static func gitOrder(_ a: [UInt8], _ aIsTree: Bool, _ b: [UInt8], _ bIsTree: Bool) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in compareInTreeOrder(x, aIsTree, y, bIsTree) < 0 } }
    }

    /// Where two entry names stand in git's tree order (bytewise, a tree's name compared as if followed by '/'):
    /// negative, zero or positive.
    @inline(__always)
    public static func compareInTreeOrder(_ a: UnsafeBufferPointer<UInt8>, _ aIsTree: Bool, _ b: UnsafeBufferPointer<UInt8>,
                                          _ bIsTree: Bool) -> Int {
        let common = min(a.count, b.count)
        if common > 0 {
            let c = memcmp(a.baseAddress!, b.baseAddress!, common)
            if c != 0 { return Int(c) }
        }
        let ca: UInt8 = a.count > common ? a[common] : (aIsTree ? 0x2F : 0)
        let cb: UInt8 = b.count > common ? b[common] : (bIsTree ? 0x2F : 0)
        return Int(ca) - Int(cb)
    }
}

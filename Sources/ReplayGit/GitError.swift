import ReplayGit2C

/// A failed libgit2 call: the operation, libgit2's own message (`git_error_last()`, read on the
/// failing thread right after the call) and its error code.
public struct GitError: Error, Sendable, CustomStringConvertible {
    public let operation: String
    public let code: Int32
    public let message: String

    public var description: String { "\(operation): \(message)" }

    /// The object, reference or path does not exist.
    public var isNotFound: Bool { code == GIT_ENOTFOUND.rawValue }
    /// A compare-and-swap found the reference at another id than expected.
    public var isStale: Bool { code == GIT_EMODIFIED.rawValue || code == GIT_EEXISTS.rawValue }
    /// Another process holds the reference's lock.
    public var isLocked: Bool { code == GIT_ELOCKED.rawValue }
    /// A prefix matched more than one object.
    public var isAmbiguous: Bool { code == GIT_EAMBIGUOUS.rawValue }
}

/// Throws a `GitError` for a negative libgit2 return code.
@discardableResult
func check(_ rc: Int32, _ operation: @autoclosure () -> String) throws -> Int32 {
    guard rc < 0 else { return rc }
    var message = "libgit2 error \(rc)"
    if let last = git_error_last(), let text = last.pointee.message {
        message = String(cString: text)
    }
    git_error_clear()
    throw GitError(operation: operation(), code: rc, message: message)
}

/// libgit2's process-wide set-up, done once before the first repository is opened:
/// strict object creation off (the wrapper validates the names it writes, and the existence
/// check costs ~0.9 s per 100k tree entries), and trees cached whatever their size (shard trees
/// are larger than libgit2's 4 KB default limit, so every path lookup would re-parse them).
let libgit2Ready: Bool = {
    git_libgit2_init()
    _ = replay_git_set_strict_object_creation(0)
    _ = replay_git_set_strict_hash_verification(0)
    _ = replay_git_set_cache_object_limit(GIT_OBJECT_TREE, 64 << 20)
    _ = replay_git_set_cache_max_size(512 << 20)
    // Same-uid checks are enough for a store the user created; 1.5.1's owner validation fails
    // with a misleading safe.directory message on shared workspaces.
    _ = replay_git_set_owner_validation(0)
    return true
}()

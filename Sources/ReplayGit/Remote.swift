import ReplayGit2C

/// What to answer when a remote asks who we are: ssh keys come from the ssh agent; https asks
/// for a user name and a token (from the environment, read by the caller). Never stored,
/// never printed, never part of an error message.
public struct RemoteCredentials: Sendable {
    public var username: String?
    public var token: String?

    public init(username: String? = nil, token: String? = nil) {
        self.username = username
        self.token = token
    }
}

/// How far a transfer has got.
public enum TransferProgress: Sendable, Equatable {
    /// Fetching: objects received (and indexed) of `total`, bytes received.
    case receiving(objects: Int, total: Int, bytes: Int)
    /// Pushing: objects sent of `total`, bytes sent.
    case sending(objects: Int, total: Int, bytes: Int)
}

/// A reference as the remote advertises it.
public struct RemoteHead: Sendable, Equatable {
    public let name: String
    public let id: ObjectID
}

/// The remote's answer for one pushed reference: `rejection` is nil when it was updated.
public struct PushStatus: Sendable, Equatable {
    public let reference: String
    public let rejection: String?
}

/// A remote repository (a URL, or a path to a local repository) that a repository fetches from
/// and pushes to, through libgit2's transports (local, file://, ssh, https). The remote is
/// anonymous: nothing is written to the repository's config, and only the refspecs given to
/// each call are used, so no remote-tracking branch is touched behind the caller's back.
public final class Remote {
    private let repository: Repository
    private let handle: OpaquePointer
    private let context: RemoteCallbackContext
    public let url: String

    /// A remote at `url` for `repository`. `progress` is called on the calling thread during
    /// transfers.
    public init(repository: Repository, url: String, credentials: RemoteCredentials,
                progress: ((TransferProgress) -> Void)? = nil) throws {
        precondition(libgit2Ready)
        var remote: OpaquePointer?
        try check(git_remote_create_anonymous(&remote, repository.handle, url), "use \(url) as a remote")
        self.repository = repository
        self.handle = remote!
        self.url = url
        self.context = RemoteCallbackContext(credentials: credentials, progress: progress)
    }

    deinit {
        git_remote_disconnect(handle)
        git_remote_free(handle)
    }

    /// Why the remote refused us and what to do, when a credential was asked for and could not be
    /// given or was not accepted (for the user: no secret in it); nil otherwise.
    public var authenticationProblem: (problem: String, fix: String)? { context.authenticationProblem }

    /// The references the remote has (connecting for a push, so that a server that only lets
    /// some users write says so now).
    public func heads(forPush: Bool) throws -> [RemoteHead] {
        if git_remote_connected(handle) == 0 {
            var callbacks = makeCallbacks()
            var proxy = git_proxy_options()
            try check(git_proxy_options_init(&proxy, UInt32(GIT_PROXY_OPTIONS_VERSION)), "prepare the proxy options")
            proxy.type = GIT_PROXY_AUTO
            try check(git_remote_connect(handle, forPush ? GIT_DIRECTION_PUSH : GIT_DIRECTION_FETCH, &callbacks, &proxy, nil),
                      "connect to \(url)")
        }
        var heads: UnsafeMutablePointer<UnsafePointer<git_remote_head>?>?
        var count = 0
        try check(git_remote_ls(&heads, &count, handle), "list the references of \(url)")
        var result: [RemoteHead] = []
        for n in 0..<count {
            guard let head = heads?[n]?.pointee, let name = head.name else { continue }
            let text = String(cString: name)
            guard text.hasPrefix("refs/"), !text.hasSuffix("^{}") else { continue }
            result.append(RemoteHead(name: text, id: ObjectID(head.oid)))
        }
        return result.sorted { $0.name < $1.name }
    }

    /// Fetches with exactly `refspecs` (e.g. `+refs/replay/*:refs/replay-remotes/origin/*`);
    /// with `prune`, local references matching a refspec's destination that the remote no
    /// longer has are deleted. No tags, no FETCH_HEAD. The objects arrive as a pack.
    public func fetch(_ refspecs: [String], prune: Bool, reflogMessage: String) throws {
        var options = git_fetch_options()
        try check(git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)), "prepare the fetch options")
        options.callbacks = makeCallbacks()
        options.prune = prune ? GIT_FETCH_PRUNE : GIT_FETCH_NO_PRUNE
        options.update_fetchhead = 0
        options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE
        options.proxy_opts.type = GIT_PROXY_AUTO
        try withStringArray(refspecs) { array in
            _ = try check(git_remote_fetch(handle, &array, &options, reflogMessage), "fetch from \(url)")
        }
    }

    /// Pushes exactly `refspecs` (`src:dst`, `+src:dst` to force) and returns the remote's answer
    /// for every reference. A rejected reference is a status with its reason, not a thrown
    /// error; the call throws only when the push as a whole failed.
    public func push(_ refspecs: [String]) throws -> [PushStatus] {
        context.statuses = []
        var options = git_push_options()
        try check(git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION)), "prepare the push options")
        options.callbacks = makeCallbacks()
        options.proxy_opts.type = GIT_PROXY_AUTO
        try withStringArray(refspecs) { array in
            _ = try check(git_remote_push(handle, &array, &options), "push to \(url)")
        }
        return context.statuses
    }

    private func makeCallbacks() -> git_remote_callbacks {
        var callbacks = git_remote_callbacks()
        git_remote_init_callbacks(&callbacks, UInt32(GIT_REMOTE_CALLBACKS_VERSION))
        callbacks.payload = Unmanaged.passUnretained(context).toOpaque()
        callbacks.credentials = { out, url, usernameFromURL, allowed, payload in
            let context = Unmanaged<RemoteCallbackContext>.fromOpaque(payload!).takeUnretainedValue()
            return context.credential(out, url: url.map { String(cString: $0) } ?? "",
                                      usernameFromURL: usernameFromURL.map { String(cString: $0) }, allowed: allowed)
        }
        callbacks.transfer_progress = { stats, payload in
            let context = Unmanaged<RemoteCallbackContext>.fromOpaque(payload!).takeUnretainedValue()
            if let stats = stats?.pointee {
                context.progress?(.receiving(objects: Int(stats.received_objects), total: Int(stats.total_objects),
                                             bytes: Int(stats.received_bytes)))
            }
            return 0
        }
        callbacks.push_transfer_progress = { current, total, bytes, payload in
            let context = Unmanaged<RemoteCallbackContext>.fromOpaque(payload!).takeUnretainedValue()
            context.progress?(.sending(objects: Int(current), total: Int(total), bytes: Int(bytes)))
            return 0
        }
        callbacks.push_update_reference = { reference, status, payload in
            let context = Unmanaged<RemoteCallbackContext>.fromOpaque(payload!).takeUnretainedValue()
            context.statuses.append(PushStatus(reference: reference.map { String(cString: $0) } ?? "?",
                                               rejection: status.map { String(cString: $0) }))
            return 0
        }
        return callbacks
    }
}

/// State shared with libgit2's callbacks (passed as their payload).
private final class RemoteCallbackContext {
    let credentials: RemoteCredentials
    let progress: ((TransferProgress) -> Void)?
    var statuses: [PushStatus] = []
    var authenticationProblem: (problem: String, fix: String)?
    /// Credential kinds already given once: a second request for the same kind means it was refused.
    private var given: Set<UInt32> = []

    init(credentials: RemoteCredentials, progress: ((TransferProgress) -> Void)?) {
        self.credentials = credentials
        self.progress = progress
    }

    func credential(_ out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>?, url: String,
                    usernameFromURL: String?, allowed: UInt32) -> Int32 {
        if allowed & GIT_CREDENTIAL_USERNAME.rawValue != 0 {
            return git_credential_username_new(out, usernameFromURL ?? credentials.username ?? "git")
        }
        if allowed & GIT_CREDENTIAL_SSH_KEY.rawValue != 0 {
            guard given.insert(GIT_CREDENTIAL_SSH_KEY.rawValue).inserted else {
                return refuse("it did not accept the keys of the ssh agent",
                              fix: "check `ssh-add -l` lists the key this remote knows, and that SSH_AUTH_SOCK is set")
            }
            return git_credential_ssh_key_from_agent(out, usernameFromURL ?? credentials.username ?? "git")
        }
        if allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue != 0 {
            guard let token = credentials.token, !token.isEmpty else {
                return refuse("it asks for a user name and token",
                              fix: "set REPLAY_GIT_TOKEN (and REPLAY_GIT_USERNAME if the host needs one) in the environment")
            }
            guard given.insert(GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue).inserted else {
                return refuse("it did not accept the token in REPLAY_GIT_TOKEN",
                              fix: "check that the token is valid and may read (pull) or write (push) this repository")
            }
            let username = credentials.username.flatMap { $0.isEmpty ? nil : $0 } ?? usernameFromURL ?? "x-access-token"
            return git_credential_userpass_plaintext_new(out, username, token)
        }
        return refuse("it asks for a kind of authentication replay does not offer",
                      fix: "use an ssh URL with a key in the ssh agent, or an https URL with REPLAY_GIT_TOKEN")
    }

    private func refuse(_ problem: String, fix: String) -> Int32 {
        authenticationProblem = (problem, fix)
        git_error_set_str(Int32(GIT_ERROR_NET.rawValue), problem)
        return GIT_EAUTH.rawValue
    }
}

/// Remote addresses as text.
public enum RemoteURL {
    /// `url` safe to print: without a password, and for http(s) without the user name too (tokens
    /// are often given as one: `https://TOKEN@host/x`); an ssh user name stays (`ssh://git@host/x`).
    public static func redacted(_ url: String) -> String {
        guard let scheme = url.firstRange(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        guard let at = rest[..<authorityEnd].lastIndex(of: "@") else { return url }
        let name = url[..<scheme.lowerBound].lowercased()
        let user = rest[..<at].prefix { $0 != ":" }
        let keep = name == "http" || name == "https" || user.isEmpty ? "" : user + "@"
        return String(url[..<scheme.upperBound]) + keep + rest[rest.index(after: at)...]
    }

    /// Whether `text` is a URL rather than a path or a remote's name: `scheme://…`, or git's
    /// scp-like ssh form `user@host:path` / `host:path` (a colon before any slash).
    public static func isURL(_ text: String) -> Bool {
        if text.contains("://") { return true }
        guard let colon = text.firstIndex(of: ":") else { return false }
        let before = text[..<colon]
        return !before.isEmpty && !before.contains("/") && before.count > 1
    }
}

/// The remotes configured in an ordinary git repository (a project's own repository, not the store).
public enum ProjectRemotes {
    /// The fetch and push URLs of the remote `name` of the repository whose git folder is
    /// `gitPath` (`WorkRepository.gitDir`), with `url.*.insteadOf` applied; nil when the
    /// repository has no such remote.
    public static func urls(of name: String, inRepository gitPath: String) throws -> (fetch: String, push: String)? {
        precondition(libgit2Ready)
        var repo: OpaquePointer?
        try check(git_repository_open_ext(&repo, gitPath, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil), "open the git repository at \(gitPath)")
        defer { git_repository_free(repo) }
        var valid: Int32 = 0
        guard git_remote_name_is_valid(&valid, name) == 0, valid == 1 else { git_error_clear(); return nil }
        var remote: OpaquePointer?
        let rc = git_remote_lookup(&remote, repo, name)
        if rc == GIT_ENOTFOUND.rawValue || rc == GIT_EINVALIDSPEC.rawValue { git_error_clear(); return nil }
        try check(rc, "read the remote '\(name)' of \(gitPath)")
        defer { git_remote_free(remote) }
        guard let fetch = git_remote_url(remote).map({ String(cString: $0) }) else { return nil }
        let push = git_remote_pushurl(remote).map { String(cString: $0) } ?? fetch
        return (fetch, push)
    }

    /// The names of the remotes of the repository at `gitPath`.
    public static func names(inRepository gitPath: String) -> [String] {
        precondition(libgit2Ready)
        var repo: OpaquePointer?
        guard git_repository_open_ext(&repo, gitPath, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil) == 0 else {
            git_error_clear()
            return []
        }
        defer { git_repository_free(repo) }
        var list = git_strarray()
        guard git_remote_list(&list, repo) == 0 else { git_error_clear(); return [] }
        defer { git_strarray_dispose(&list) }
        return (0..<list.count).compactMap { list.strings[$0].map { String(cString: $0) } }.sorted()
    }
}

// MARK: History and names (what syncing needs besides transports)

extension Repository {
    /// Whether `ancestor` is reachable from `descendant` through parents (a commit is not its own
    /// ancestor).
    public func isAncestor(_ ancestor: ObjectID, of descendant: ObjectID) throws -> Bool {
        var a = ancestor.raw, d = descendant.raw
        return try check(git_graph_descendant_of(handle, &d, &a), "compare the histories of \(descendant.short()) and \(ancestor.short())") == 1
    }

    /// Whether `name` is a valid full reference name (`refs/heads/x`).
    public static func isValidReferenceName(_ name: String) -> Bool {
        precondition(libgit2Ready)
        var valid: Int32 = 0
        guard git_reference_name_is_valid(&valid, name) == 0 else { git_error_clear(); return false }
        return valid == 1 && name.hasPrefix("refs/")
    }
}

/// Calls `body` with `strings` as a `git_strarray` valid for the call.
private func withStringArray<T>(_ strings: [String], _ body: (inout git_strarray) throws -> T) throws -> T {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    defer { pointers.forEach { free($0) } }
    return try pointers.withUnsafeMutableBufferPointer { buffer in
        var array = git_strarray(strings: buffer.baseAddress, count: buffer.count)
        return try body(&array)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

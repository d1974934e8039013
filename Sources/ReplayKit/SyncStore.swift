import Foundation
import ReplayCore
import ReplayStore

/// `replay pull`, `replay push`, `replay publish`: the store's `refs/replay/*` shared through a
/// git remote. The remote is a URL, a path to a bare repository, or a remote of the project's own
/// git repository (default `origin`); https credentials come from `REPLAY_GIT_USERNAME` and
/// `REPLAY_GIT_TOKEN` and are never printed or stored.
public enum SyncStore {
    public static let usernameVariable = "REPLAY_GIT_USERNAME"
    public static let tokenVariable = "REPLAY_GIT_TOKEN"

    public struct Result: Sendable {
        public let remote: SyncRemote
        /// One per reference, sorted by name.
        public let updates: [RefUpdate]

        /// Push: the references the remote did not take.
        public var rejected: [RefUpdate] { updates.filter { $0.action == .rejected } }
        /// Pull: the references both sides moved that were left for a person to settle.
        public var diverged: [RefUpdate] { updates.filter { $0.action == .diverged } }
        /// Pull: when both sides moved the default, the run each side's default accepts.
        public var defaultConflict: (ours: RunSummary, theirs: RunSummary)? = nil
    }

    public struct PublishResult: Sendable {
        public let remote: SyncRemote
        public let publication: Publication
        /// The branch the candidate went to, and the default's (short names, `replay/…`).
        public let branch: String
        public let defaultBranch: String
        /// A forge's compare page for the two branches, when the remote is on GitHub or GitLab.
        public let compareURL: String?
        /// A git command that shows the upgrade as a diff of files, when one can be given: on a
        /// local remote itself, or through the project's remote-tracking branches.
        public let compareCommand: String?

        public var rejected: [RefUpdate] { publication.updates.filter { $0.action == .rejected } }
    }

    /// Fetches the remote's runs, defaults and saved diffs and brings the local ones up to date
    /// (see `SnapshotStore.pull`). Refused in CI, which never writes local references.
    public static func pull(workspace: Workspace, remote: String?, ci: Bool, keepDefault: DefaultChoice?,
                            environment: any Environment, progress: ((SyncProgress) -> Void)? = nil) throws -> Result {
        try CIMode.refuseWrites(environment, flag: ci, "`replay pull`",
                                instead: "CI records and compares runs and shares them with `replay push` or `replay publish`; "
                                    + "to pull on this machine, run without --ci and with CI unset (or CI=false)")
        let store = try workspace.openStore(environment: environment)
        let target = try resolve(remote, workspace: workspace, environment: environment)
        let updates = try store.pull(from: target, credentials: credentials(environment), defaultChoice: keepDefault, progress: progress)
        var result = Result(remote: target, updates: updates.sorted { $0.name < $1.name })
        if let conflict = updates.first(where: { $0.name == StoreLayout.defaultRef && $0.action == .diverged }),
           let ours = conflict.old, let theirs = conflict.remote {
            func accepted(_ id: ObjectID) throws -> RunSummary { try store.summary(store.acceptedRun(ofDefault: id) ?? id) }
            result.defaultConflict = (try accepted(ours), try accepted(theirs))
        }
        return result
    }

    /// Pushes every local `refs/replay/*` reference to the remote, without forcing: when the
    /// remote has runs this store lacks, nothing is pushed and those references are `rejected`.
    public static func push(workspace: Workspace, remote: String?, environment: any Environment,
                            progress: ((SyncProgress) -> Void)? = nil) throws -> Result {
        let store = try workspace.openStore(environment: environment)
        let target = try resolve(remote, workspace: workspace, environment: environment)
        let updates = try store.push(to: target, credentials: credentials(environment), progress: progress)
        return Result(remote: target, updates: updates.sorted { $0.name < $1.name })
    }

    /// Publishes `candidate` (a run name) as the branch `replay/<model>` (or `branch`) whose one
    /// commit sits on the default, which goes to `replay/default`: a forge shows the upgrade as
    /// an ordinary pull-request diff of the case files.
    public static func publish(workspace: Workspace, candidate: String, remote: String?, branch: String?,
                               environment: any Environment, progress: ((SyncProgress) -> Void)? = nil) throws -> PublishResult {
        let store = try workspace.openStore(environment: environment)
        let run = try store.resolve(candidate)
        let model = try store.summary(run).model
        var name = branch ?? "replay/" + ModelName.slug(model)
        if name.hasPrefix("refs/heads/") { name.removeFirst("refs/heads/".count) }
        let target = try resolve(remote, workspace: workspace, environment: environment)
        let publication = try store.publish(candidate: run, branch: name, to: target, credentials: credentials(environment), progress: progress)
        let defaultBranch = String(SnapshotStore.publishedDefaultBranch.dropFirst("refs/heads/".count))
        return PublishResult(remote: target, publication: publication, branch: name, defaultBranch: defaultBranch,
                             compareURL: compareURL(target.pushURL, base: defaultBranch, head: name),
                             compareCommand: compareCommand(target, base: defaultBranch, head: name))
    }

    // MARK: Parts

    static func resolve(_ remote: String?, workspace: Workspace, environment: any Environment) throws -> SyncRemote {
        try SyncRemote.resolve(remote, projectRoot: workspace.projectRoot, currentDirectory: environment.currentDirectory)
    }

    static func credentials(_ environment: any Environment) -> SyncCredentials {
        func value(_ name: String) -> String? { environment.variable(name).flatMap { $0.isEmpty ? nil : $0 } }
        return SyncCredentials(username: value(usernameVariable), token: value(tokenVariable))
    }

    /// `git diff` of the two published branches: on the repository itself when it is local (full
    /// names: the remote also has `refs/replay/default`, which a short `replay/default` would
    /// name first), else through the project's remote-tracking branches after a fetch.
    static func compareCommand(_ remote: SyncRemote, base: String, head: String) -> String? {
        var url = remote.pushURL
        if url.hasPrefix("file://") { url.removeFirst("file://".count) }
        if url.hasPrefix("/") { return "git --git-dir=\(shellQuoted(url)) diff refs/heads/\(base) refs/heads/\(head)" }
        if let name = remote.name { return "git fetch \(name) && git diff \(name)/\(base) \(name)/\(head)" }
        return nil
    }

    private static func shellQuoted(_ text: String) -> String {
        text.allSatisfy { $0.isLetter || $0.isNumber || "/._-+:@".contains($0) } ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The compare page of GitHub or GitLab for a remote hosted there (https, ssh or scp-like URL).
    static func compareURL(_ url: String, base: String, head: String) -> String? {
        var rest = url
        if let scheme = rest.range(of: "://") { rest = String(rest[scheme.upperBound...]) }
        if let at = rest.firstIndex(of: "@"), !rest[..<at].contains("/") { rest = String(rest[rest.index(after: at)...]) }
        guard let separator = rest.firstIndex(where: { $0 == "/" || $0 == ":" }) else { return nil }
        var host = String(rest[..<separator]).lowercased()
        if let port = host.firstIndex(of: ":") { host = String(host[..<port]) }
        var path = String(rest[rest.index(after: separator)...])
        while path.hasPrefix("/") { path.removeFirst() }
        if path.hasSuffix("/") { path.removeLast() }
        if path.hasSuffix(".git") { path.removeLast(4) }
        guard path.split(separator: "/").count >= 2 else { return nil }
        switch host {
        case "github.com": return "https://github.com/\(path)/compare/\(base)...\(head)"
        case "gitlab.com": return "https://gitlab.com/\(path)/-/compare/\(base)...\(head)"
        default: return nil
        }
    }
}

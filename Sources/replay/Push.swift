import ArgumentParser
import Foundation
import ReplayKit

struct Push: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Push the store's runs, default and saved diffs (refs/replay/*) to a git remote.",
        discussion: """
            REMOTE is a URL (https://…, ssh://…, user@host:path, file://…), the path of a bare git \
            repository, or the name of a remote of the git repository that holds the workspace \
            (default: origin). Nothing is forced: when the remote has runs this store lacks, nothing \
            is pushed and the references are named — run `replay pull REMOTE` first. https remotes \
            read a user name and token from REPLAY_GIT_USERNAME and REPLAY_GIT_TOKEN; ssh remotes use \
            the ssh agent. Allowed in CI (it only writes to the remote).
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: ArgumentHelp("Where to push (default: the project's remote 'origin').", valueName: "remote")) var remote: String?
    @Flag(name: .long, help: "Print JSON: the remote and one object per reference (name, old, new, action).") var json = false

    func run() throws {
        let environment = ProcessEnvironment()
        let progress = SyncProgressLine(quiet: json)
        let result = try SyncStore.push(workspace: options.locate(environment), remote: remote, environment: environment,
                                        progress: progress.report)
        progress.done()
        SyncOutput.print(result, verb: "to", json: json)
        if !result.rejected.isEmpty {
            let label = result.remote.label
            var details = ["run `replay pull \(label)` first (it joins the remote's runs with yours), then push again"]
            if result.rejected.contains(where: { $0.name == "refs/replay/default" }) {
                details.append("when pull reports that both sides moved the default, choose one: `replay pull \(label) --keep-default ours|theirs`")
            }
            let refusedThere = result.rejected.contains { $0.note?.hasPrefix("the remote refused") == true }
            let what = result.rejected.count == 1 ? "a reference" : "\(result.rejected.count) references"
            throw ReplayError(refusedThere ? "\(label) refused \(what)" : "\(label) did not take \(what); nothing was pushed",
                              details: result.rejected.map { "\($0.name): \($0.note ?? "rejected")" } + details)
        }
        if result.updates.isEmpty {
            Terminal.standardError.print("nothing to push: the store has no runs yet")
        }
    }
}

/// How push, pull and publish print what happened to each reference.
enum SyncOutput {
    static func print(_ result: SyncStore.Result, verb: String, json: Bool) {
        let out = Terminal.standardOutput
        if json {
            out.json(["remote": .string(result.remote.label), "references": .array(result.updates.map(object))])
            return
        }
        guard !result.updates.isEmpty else { return }
        out.print("\(verb == "to" ? "To" : "From") \(result.remote.label):")
        table(result.updates, out: out)
    }

    static func table(_ updates: [RefUpdate], out: Terminal) {
        out.table(updates.map { u in
            ["  " + label(u.action, out: out), u.name, ids(u) + (u.note.map { "  (\($0))" } ?? "")]
        })
    }

    static func object(_ u: RefUpdate) -> JSONValue {
        var fields: [String: JSONValue] = ["name": .string(u.name), "old": u.old.map { .string($0.hex) } ?? .null,
                                           "new": u.new.map { .string($0.hex) } ?? .null, "action": .string(u.action.rawValue)]
        if let remote = u.remote { fields["remote"] = .string(remote.hex) }
        if let note = u.note { fields["note"] = .string(note) }
        return .object(fields)
    }

    private static func label(_ action: RefUpdate.Action, out: Terminal) -> String {
        switch action {
        case .created, .fastForward, .merged, .tookTheirs, .keptOurs, .forced: return out.green(action.rawValue)
        case .upToDate, .ahead: return out.dim(action.rawValue)
        case .diverged: return out.yellow(action.rawValue)
        case .rejected: return out.red(action.rawValue)
        }
    }

    private static func ids(_ u: RefUpdate) -> String {
        switch u.action {
        case .upToDate: return u.new.map { $0.short() } ?? ""
        case .created: return u.new.map { $0.short() } ?? ""
        case .merged: return "\(u.old?.short() ?? "?") + \(u.remote?.short() ?? "?") → \(u.new?.short() ?? "?")"
        case .ahead, .diverged: return "yours \(u.old?.short() ?? "?"), theirs \(u.remote?.short() ?? "?")"
        case .rejected: return "theirs \(u.old?.short() ?? "-"), yours \(u.new?.short() ?? "?")"
        default: return "\(u.old?.short() ?? "?")..\(u.new?.short() ?? "?")"
        }
    }
}

/// Transfer progress on stderr, one line redrawn in place, only on a terminal.
final class SyncProgressLine {
    private let terminal = Terminal.standardError
    private let enabled: Bool
    private var lastDraw = 0.0
    private var drawn = false

    init(quiet: Bool) { enabled = !quiet && Terminal.standardError.isTTY }

    var report: ((SyncProgress) -> Void)? {
        guard enabled else { return nil }
        return { [self] event in draw(event) }
    }

    private func draw(_ event: SyncProgress) {
        let now = Double(DispatchTime.now().uptimeNanoseconds) / 1e9
        let (verb, objects, total, bytes): (String, Int, Int, Int)
        switch event {
        case .receiving(let o, let t, let b): (verb, objects, total, bytes) = ("receiving", o, t, b)
        case .sending(let o, let t, let b): (verb, objects, total, bytes) = ("sending", o, t, b)
        }
        guard objects == total || now - lastDraw > 0.1 else { return }
        lastDraw = now
        drawn = true
        terminal.write("\r\u{1B}[2K\(verb) objects: \(objects)/\(total), \(bytes / 1024) KiB")
    }

    /// Clears the line before the results are printed.
    func done() { if drawn { terminal.write("\r\u{1B}[2K") } }
}

import ArgumentParser
import ReplayKit

struct Pull: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch a git remote's runs, default and saved diffs and join them with the store's.",
        discussion: """
            REMOTE is a URL, the path of a bare git repository, or the name of a remote of the git \
            repository that holds the workspace (default: origin). The remote's refs/replay/* are \
            fetched into refs/replay-remotes/<remote>/*, then each reference is created, \
            fast-forwarded, or kept when yours is ahead. When both sides recorded runs of a model \
            (or saved diffs), a merge commit joins the two histories: `replay log MODEL` lists the \
            runs of both, and MODEL names the newer snapshot. A default that both sides moved is not \
            merged: yours is kept, theirs stays at refs/replay-remotes/<remote>/default, and \
            --keep-default ours|theirs settles it. Refused in CI ($CI set, or --ci): CI never writes \
            local references.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: ArgumentHelp("Where to pull from (default: the project's remote 'origin').", valueName: "remote")) var remote: String?
    @Option(name: .customLong("keep-default"), help: ArgumentHelp("When both sides moved the default: keep ours (joined over theirs, so a push follows) or take theirs.", valueName: "ours|theirs"))
    var keepDefault: DefaultChoice?
    @Flag(name: .long, help: "Run as CI does: refuse, since CI never writes local references.") var ci = false
    @Flag(name: .long, help: "Print JSON: the remote and one object per reference (name, old, new, action, remote).") var json = false

    func run() throws {
        let environment = ProcessEnvironment()
        let progress = SyncProgressLine(quiet: json)
        let result = try SyncStore.pull(workspace: options.locate(environment), remote: remote, ci: ci, keepDefault: keepDefault,
                                        environment: environment, progress: progress.report)
        progress.done()
        SyncOutput.print(result, verb: "from", json: json)
        let label = result.remote.label
        let err = Terminal.standardError
        if result.updates.isEmpty {
            err.print("\(label) has no replay references yet: share yours with `replay push \(label)`")
        }
        for update in result.diverged {
            if update.name == "refs/replay/default", let conflict = result.defaultConflict {
                let ours = conflict.ours, theirs = conflict.theirs
                err.print(err.yellow("warning: ") + "both sides moved the default: yours accepts \(ours.model) (run \(ours.runID)), "
                          + "\(label)'s accepts \(theirs.model) (run \(theirs.runID)); yours is kept")
                err.print("  compare them: `replay diff default \(theirs.commit.short())`")
                err.print("  then keep yours over theirs: `replay pull \(label) --keep-default ours`, or take theirs: `replay pull \(label) --keep-default theirs`")
            } else {
                err.print(err.yellow("warning: ") + "\(update.name) was not joined: \(update.note ?? "both sides moved it")")
            }
        }
    }
}

extension DefaultChoice: ExpressibleByArgument {}

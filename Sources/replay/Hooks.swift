import ArgumentParser
import Foundation
import ReplayKit

/// `replay hooks install|uninstall|status`: the git hooks that run `replay check` before a commit.
struct Hooks: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Install, remove or show the git hooks that run `replay check` before a commit.",
        discussion: """
            Hooks go where git runs them: core.hooksPath if set, else .git/hooks. A hook already there is \
            kept as NAME.replay-chained and runs first; `uninstall` puts it back.
            """,
        subcommands: [HooksInstall.self, HooksUninstall.self, HooksStatus.self],
        defaultSubcommand: HooksStatus.self
    )
}

/// `--hook NAME`, shared by the hooks subcommands.
struct HookOptions: ParsableArguments {
    @Option(name: .customLong("hook"), help: ArgumentHelp("Only this hook (repeatable; default: every hook replay ships: pre-commit).", valueName: "name"))
    var names: [String] = []
}

struct HooksInstall: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install replay's git hooks into the repository holding the workspace (or the current folder).",
        discussion: """
            Never overwrites a hook: one already there is renamed NAME.replay-chained and runs first with the \
            same arguments and input; its failure stops the commit. Installing again updates replay's hook in \
            place. When the workspace is not .replay at the top of the work tree, its path is kept in the \
            repository's git config as replay.workspace for the hook.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var hooks: HookOptions
    @Flag(name: .long, help: "When a hook is there and an earlier chained hook too, chain the hook anyway and keep the earlier one aside (no longer run).")
    var force = false

    func run() throws {
        let environment = ProcessEnvironment()
        let (folder, workspace) = try locate(options, environment)
        let result = try InstallHooks.install(from: folder, workspace: workspace, names: hooks.names, force: force, environment: environment)
        let out = Terminal.standardOutput
        for hook in result.hooks {
            switch hook.action {
            case .unchanged: out.print("already installed: \(result.display(hook.path))")
            case .updated: out.print("updated \(result.display(hook.path))")
            default: out.print(out.green("installed ") + result.display(hook.path))
            }
            if let chained = hook.chainedPath {
                out.print("  the hook that was there runs first: \(result.display(chained))")
            }
            if let aside = hook.setAside {
                out.print("  the earlier chained hook is kept, no longer run, as \(result.display(aside))")
            }
        }
        if let setting = result.workspaceSetting {
            out.print("  the hook checks the workspace \(setting) (git config \(InstallHooks.workspaceKey))")
        }
        printNotes(result.notes)
    }
}

struct HooksUninstall: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uninstall",
        abstract: "Remove replay's git hooks and put back the hooks they chained.",
        discussion: "A hook that is not replay's is left as it is."
    )

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var hooks: HookOptions

    func run() throws {
        let environment = ProcessEnvironment()
        let (folder, _) = try locate(options, environment)
        let result = try InstallHooks.uninstall(from: folder, names: hooks.names, environment: environment)
        let out = Terminal.standardOutput
        for hook in result.hooks {
            switch hook.action {
            case .removed: out.print("removed \(result.display(hook.path))")
            case .leftForeign: out.print("not replay's hook, left as it is: \(result.display(hook.path))")
            default: if !hook.restored { out.print("not installed: \(result.display(hook.path))") }
            }
            if hook.restored { out.print("  restored the hook that was there before: \(result.display(hook.path))") }
        }
        printNotes(result.notes)
    }
}

struct HooksStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show whether replay's git hooks are installed, and what they chain.",
        discussion: "States: installed, outdated (replay's hook from another version: `replay hooks install` updates it), foreign (another program's hook), absent."
    )

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var hooks: HookOptions
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let environment = ProcessEnvironment()
        let (folder, _) = try locate(options, environment)
        let result = try InstallHooks.status(from: folder, names: hooks.names, environment: environment)
        let out = Terminal.standardOutput
        if json {
            out.json(["work_tree": .string(result.workdir), "hooks_directory": .string(result.hooksDirectory),
                      "workspace_setting": result.workspaceSetting.map(JSONValue.string) ?? .null,
                      "replay": result.replayOnPath.map(JSONValue.string) ?? .null,
                      "hooks": .array(result.hooks.map { hook in
                          ["name": .string(hook.name), "path": .string(hook.path), "state": .string(hook.state.rawValue),
                           "chained": hook.chainedPath.map(JSONValue.string) ?? .null]
                      })])
            return
        }
        out.table(result.hooks.map { hook in
            let state: String
            switch hook.state {
            case .installed: state = out.green("installed")
            case .outdated: state = out.yellow("outdated")
            case .foreign: state = "foreign"
            case .absent: state = "absent"
            }
            return [hook.name, state, result.display(hook.path), hook.chainedPath.map { "chains " + result.display($0) } ?? ""]
        }, header: ["HOOK", "STATE", "PATH", "CHAINED"])
        if let setting = result.workspaceSetting { out.print("workspace: \(setting) (git config \(InstallHooks.workspaceKey))") }
        if result.replayOnPath == nil { printNotes(["replay is not on PATH (nor $REPLAY set): an installed hook stops every commit until it is"]) }
    }
}

/// The folder to find the repository from, and the workspace: an explicit one (`--workspace`,
/// `$REPLAY_WORKSPACE`) must exist; otherwise the nearest one is used when there is one.
private func locate(_ options: WorkspaceOptions, _ environment: ProcessEnvironment) throws -> (String, Workspace?) {
    let explicit = options.workspace != nil || !(environment.variable(Workspace.environmentVariable) ?? "").isEmpty
    if explicit {
        let workspace = try options.locate(environment)
        return (workspace.projectRoot, workspace)
    }
    return (environment.currentDirectory, try? options.locate(environment))
}

private func printNotes(_ notes: [String]) {
    let err = Terminal.standardError
    for note in notes { err.print(err.yellow("note: ") + note) }
}

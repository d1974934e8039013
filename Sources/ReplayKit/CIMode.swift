import ReplayCore
import ReplayGit
import ReplayStore

/// insta's rule: in CI nothing writes. With `CI` set (to anything but empty, `0` or `false`) or
/// `--ci`, commands that would move a reference or ask a question refuse instead.
public enum CIMode {
    public static func active(_ environment: any Environment, flag: Bool) -> Bool {
        if flag { return true }
        guard let value = environment.variable("CI")?.lowercased() else { return false }
        return !value.isEmpty && value != "0" && value != "false"
    }

    /// Throws when CI mode is on: `what` would write.
    public static func refuseWrites(_ environment: any Environment, flag: Bool, _ what: String, instead: String) throws {
        guard active(environment, flag: flag) else { return }
        let why = flag ? "--ci is given" : "CI is set (\(environment.variable("CI") ?? ""))"
        throw ReplayError("\(what) would write to the store, and \(why): in CI replay never moves a reference",
                          details: [instead])
    }
}

/// Who makes a decision, as git would name the author: `GIT_AUTHOR_NAME`/`GIT_AUTHOR_EMAIL`, else
/// `user.name`/`user.email` of the project's git repository (its own config, then the global
/// one), else the store's.
enum Reviewer {
    static func current(_ environment: any Environment, workspace: Workspace, store: SnapshotStore) -> ReviewEntry.Person {
        let project = try? WorkRepository.discover(from: workspace.projectRoot)
        let fallback = store.reviewer()
        return ReviewEntry.Person(
            name: nonEmpty(environment.variable("GIT_AUTHOR_NAME")) ?? project?.configString("user.name") ?? fallback.name,
            email: nonEmpty(environment.variable("GIT_AUTHOR_EMAIL")) ?? project?.configString("user.email") ?? fallback.email)
    }

    private static func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }
}

import ReplayCore
import ReplayGit
import ReplayStore

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

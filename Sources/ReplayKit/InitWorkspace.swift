import Foundation
import ReplayCore
import ReplayStore

/// `replay init`: creates `.replay/` with a config, a cases folder and an empty store. Parts that
/// exist are kept as they are, so running it again only adds what is missing.
public enum InitWorkspace {
    public struct Result: Sendable {
        public let workspace: Workspace
        /// What was created, as paths shown to the user (empty: everything was there).
        public let created: [String]
    }

    public static let configTemplate = """
        # replay workspace config (format: version 1). Documented in the README under "Config".
        version: 1

        # The model `replay record` uses when --model is not given.
        # default_model: gpt-4o-mini

        # Sampling parameters for every case, unless a model or a case sets its own.
        defaults:
          temperature: 0

        # Models to replay cases through. API keys are never written here: name the environment
        # variable that holds the key with api_key_env.
        models: {}
        #  gpt-4o-mini:
        #    provider: openai            # openai | anthropic | command | cassette | outputs
        #    model: gpt-4o-mini          # the provider's model id (defaults to the name above)
        #    api_key_env: OPENAI_API_KEY
        #    parameters: {max_tokens: 1024}
        #    price: {input_per_mtok: 0.15, output_per_mtok: 0.60}

        """

    public static func run(in folder: String, environment: any Environment) throws -> Result {
        let workspace = Workspace(root: (folder.hasPrefix("/") ? folder : environment.currentDirectory + "/" + folder) + "/" + Workspace.folderName)
        var created: [String] = []
        let fm = FileManager.default
        do {
            if !isDirectory(workspace.root) {
                try fm.createDirectory(atPath: workspace.root, withIntermediateDirectories: true)
                created.append(workspace.display(workspace.root) + "/")
            }
            if !isDirectory(workspace.casesPath) {
                try fm.createDirectory(atPath: workspace.casesPath, withIntermediateDirectories: true)
                created.append(workspace.display(workspace.casesPath) + "/")
            }
        } catch {
            throw ReplayError("cannot create \(workspace.root): \(error.localizedDescription)")
        }
        if !fileExists(workspace.configPath) {
            try writeAtomically(configTemplate, to: workspace.configPath)
            created.append(workspace.display(workspace.configPath))
        }
        let ignore = workspace.root + "/.gitignore"
        if !fileExists(ignore) {
            try writeAtomically("# The snapshot store is a git repository of its own: share it with `git push` of refs/replay/*.\nstore/\ncache/\n", to: ignore)
            created.append(workspace.display(ignore))
        }
        if !isDirectory(workspace.storePath) {
            do {
                _ = try SnapshotStore.create(at: workspace.storePath, now: environment.now)
            } catch {
                throw ReplayError("cannot create the snapshot store at \(workspace.display(workspace.storePath)): \(error)")
            }
            created.append(workspace.display(workspace.storePath) + "/")
        }
        return Result(workspace: workspace, created: created)
    }
}

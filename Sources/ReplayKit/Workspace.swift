import Foundation
import ReplayCore
import ReplayDiff
import ReplayStore

/// The `.replay/` folder: config, cases and the snapshot store.
public struct Workspace: Sendable {
    /// The `.replay` folder itself.
    public let root: String

    public static let folderName = ".replay"
    public static let environmentVariable = "REPLAY_WORKSPACE"

    public init(root: String) { self.root = URL(fileURLWithPath: root).standardizedFileURL.path }

    /// The folder that holds `.replay/`: prompt files and other paths in cases are relative to it.
    public var projectRoot: String { URL(fileURLWithPath: root).deletingLastPathComponent().path }
    public var configPath: String { root + "/config.yaml" }
    public var casesPath: String { root + "/cases" }
    public var storePath: String { root + "/store" }

    /// A path shown to the user: relative to the project root when inside it.
    public func display(_ path: String) -> String {
        let prefix = projectRoot.hasSuffix("/") ? projectRoot : projectRoot + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// Finds the workspace: `explicit` (`--workspace`), else `$REPLAY_WORKSPACE`, else the nearest
    /// `.replay/` in the current directory or one of its parents. An explicit path may name the
    /// `.replay` folder itself or the folder that holds it.
    public static func locate(explicit: String?, environment: any Environment) throws -> Workspace {
        let cwd = environment.currentDirectory
        func absolute(_ path: String) -> String { path.hasPrefix("/") ? path : cwd + "/" + path }
        if let given = explicit ?? environment.variable(environmentVariable).flatMap({ $0.isEmpty ? nil : $0 }) {
            let source = explicit != nil ? "--workspace" : "$\(environmentVariable)"
            let path = absolute(given)
            if isDirectory(path + "/" + folderName) { return Workspace(root: path + "/" + folderName) }
            if isDirectory(path), URL(fileURLWithPath: path).lastPathComponent == folderName || fileExists(path + "/config.yaml")
                || isDirectory(path + "/cases") {
                return Workspace(root: path)
            }
            throw ReplayError("\(source) names '\(given)', which is not a replay workspace",
                              details: ["give the .replay folder or the folder that holds it, or create one with `replay init`"])
        }
        var folder = URL(fileURLWithPath: cwd).standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent(folderName).path
            if isDirectory(candidate) { return Workspace(root: candidate) }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        throw ReplayError("no replay workspace here: no .replay folder in \(cwd) or any folder above it",
                          details: ["create one with `replay init`, or name one with --workspace PATH or $\(environmentVariable)"])
    }

    // MARK: Parts

    /// The config, validated. A missing config file is the empty config.
    public func loadConfig() throws -> Config {
        let (config, problems) = try readConfig()
        guard problems.isEmpty else {
            throw ReplayError.problems(problems, in: "the config has", consequence: "nothing was changed")
        }
        return config
    }

    /// The config and every problem found in it (for `cases validate`).
    public func readConfig() throws -> (config: Config, problems: [Problem]) {
        guard fileExists(configPath) else { return (Config(), []) }
        let (config, problems) = ConfigDecoder.decode(try readText(configPath), file: display(configPath))
        // The diff and forecast settings are validated with the rest, so `cases validate` reports them too.
        return (config, problems + DiffSettings.decode(config.diff, file: display(configPath)).problems
                    + ForecastSettings.decode(config.forecast, file: display(configPath)).problems)
    }

    /// Opens the snapshot store.
    public func openStore(environment: any Environment) throws -> SnapshotStore {
        guard isDirectory(storePath) else {
            throw ReplayError("no snapshot store at \(display(storePath))", details: ["create it with `replay init` (it keeps existing cases and config)"])
        }
        do {
            return try SnapshotStore.open(at: storePath, now: environment.now)
        } catch {
            throw ReplayError("the snapshot store at \(display(storePath)) cannot be opened: \(error)",
                              details: ["it must be a bare git repository; `git -C \(display(storePath)) fsck` tells what is wrong"])
        }
    }
}

func isDirectory(_ path: String) -> Bool {
    var isDir: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
}

func fileExists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

func readText(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw ReplayError("cannot read \(path)", details: ["check that the file exists and is readable"])
    }
    guard let text = String(data: data, encoding: .utf8) else {
        throw ReplayError("\(path) is not UTF-8 text", details: ["save it as UTF-8"])
    }
    return text
}

/// Writes a file atomically (a temporary file renamed into place).
func writeAtomically(_ text: String, to path: String) throws {
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw ReplayError("cannot write \(path): \(error.localizedDescription)")
    }
}

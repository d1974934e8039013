import ReplayCore
import ReplayForecast
import ReplayStore

/// The forecasts registered in the store, read back.
public enum RegisteredForecasts {
    /// Every registered forecast, oldest first.
    public static func list(workspace: Workspace, environment: any Environment) throws -> [Forecast] {
        try workspace.openStore(environment: environment).forecasts().map(read)
    }

    /// One registered forecast by id (or `latest`).
    public static func show(_ id: String, workspace: Workspace, environment: any Environment) throws -> Forecast {
        try read(try workspace.openStore(environment: environment).forecast(id))
    }

    static func read(_ stored: SnapshotStore.StoredForecast) throws -> Forecast {
        do {
            var f = try Forecast(json: try JSONParser.parse(String(decoding: stored.json, as: UTF8.self)).json)
            f.id = stored.id
            return f
        } catch let error as ReplayError {
            throw ReplayError("forecast '\(stored.id)' cannot be read: \(error.message)", details: ["it was written by another version of replay"])
        }
    }
}

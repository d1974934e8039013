import ReplayCore

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

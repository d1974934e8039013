import Foundation
import ReplayCore

/// The side effects use cases need besides files: the time, randomness for run ids, the process
/// environment. Tests substitute a fixed one.
public protocol Environment: Sendable {
    /// Seconds since 1970.
    func now() -> Int64
    /// A random 24-bit number, for run ids.
    func randomTag() -> UInt32
    func variable(_ name: String) -> String?
    var currentDirectory: String { get }
}

/// The real process environment.
public struct ProcessEnvironment: Environment {
    public init() {}
    public func now() -> Int64 { Int64(Date().timeIntervalSince1970) }
    public func randomTag() -> UInt32 { UInt32.random(in: 0..<(1 << 24)) }
    public func variable(_ name: String) -> String? { ProcessInfo.processInfo.environment[name] }
    public var currentDirectory: String { FileManager.default.currentDirectoryPath }
}

extension Environment {
    /// A new run id: UTC time and a random tag, e.g. `20261129T040506Z-1a2b3c`.
    public func newRunID() -> String {
        let hex = String(randomTag() & 0xFF_FFFF, radix: 16)
        return Timestamp.compact(now()) + "-" + String(repeating: "0", count: 6 - hex.count) + hex
    }
}

import Foundation
import ReplayKit
import ReplayReports

/// Where the commands print: colour only on a terminal and without NO_COLOR.
struct Terminal {
    let handle: FileHandle
    let isTTY: Bool
    let color: Bool

    init(_ handle: FileHandle, descriptor: Int32) {
        self.handle = handle
        isTTY = isatty(descriptor) == 1
        let env = ProcessInfo.processInfo.environment
        color = isTTY && env["NO_COLOR"] == nil && env["TERM"] != "dumb"
    }

    static let standardOutput = Terminal(.standardOutput, descriptor: 1)
    static let standardError = Terminal(.standardError, descriptor: 2)

    func print(_ text: String = "") {
        handle.write(Data((text + "\n").utf8))
    }

    /// Writes a document given in pieces, piece by piece (a large report is not copied whole).
    func write(pieces: [[UInt8]]) {
        for piece in pieces where !piece.isEmpty {
            piece.withUnsafeBytes { handle.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0.baseAddress!), count: $0.count, deallocator: .none)) }
        }
    }

    /// Writes text as is (no newline added).
    func write(_ text: String) { handle.write(Data(text.utf8)) }

    var paint: Paint { Paint(enabled: color) }
    func bold(_ text: String) -> String { paint.bold(text) }
    func dim(_ text: String) -> String { paint.dim(text) }
    func red(_ text: String) -> String { paint.red(text) }
    func green(_ text: String) -> String { paint.green(text) }
    func yellow(_ text: String) -> String { paint.yellow(text) }

    func error(_ message: String, details: [String]) {
        print(red("error: ") + message)
        for detail in details { print("  " + detail) }
    }

    /// Prints JSON values as the scriptable form of a command's output.
    func json(_ value: JSONValue) { print(value.canonical.dropLast().description) }

    /// Left-aligned columns, two spaces apart.
    func table(_ rows: [[String]], header: [String]? = nil) {
        let all = (header.map { [$0] } ?? []) + rows
        guard let columns = all.map(\.count).max() else { return }
        var widths = [Int](repeating: 0, count: columns)
        for row in all { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        for (n, row) in all.enumerated() {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += i == row.count - 1 ? cell : cell.padding(toLength: widths[i] + 2, withPad: " ", startingAt: 0)
            }
            print(n == 0 && header != nil ? bold(line) : line)
        }
    }
}

import Foundation
import ReplayCore

/// Runs a program of the user's for every request: the request as JSON on stdin
/// (`{"model", "system", "messages", "tools", "parameters"}`, the case format's field names), the
/// answer as JSON on stdout (`{"text", "finish_reason", "tool_calls", "model", "usage":
/// {"input_tokens", "output_tokens"}}`; `output` is read as `text`). A non-zero exit is an error
/// carrying the end of stderr; a program still running at the timeout is killed.
public struct CommandProvider: ModelProvider {
    public let kind = "command"
    let command: [String]
    let workingDirectory: String

    public init(command: [String], workingDirectory: String) {
        self.command = command
        self.workingDirectory = workingDirectory
    }

    public func complete(_ request: ModelRequest, timeout: Double) async throws -> ModelResponse {
        let input = Array(request.json.compact.utf8)
        let (status, stdout, stderr, timedOut) = try await run(input: input, timeout: timeout)
        if timedOut { throw ProviderError(.timeout, "\(command[0]) gave no answer within \(Int(timeout)) s and was stopped") }
        guard status == 0 else {
            let tail = String(decoding: stderr.suffix(400), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw ProviderError(.program, "\(command[0]) exited with status \(status)\(tail.isEmpty ? "" : ": \(tail)")")
        }
        let doc: JSONValue
        do { doc = try JSONParser.parse(String(decoding: stdout, as: UTF8.self)).json } catch {
            throw ProviderError(.program, "\(command[0]) printed something that is not one JSON object (\(error.message) at line \(error.line))")
        }
        var value = doc
        if value["text"] == nil, let output = value["output"], case .object(var o) = value { o["text"] = output; value = .object(o) }
        guard let response = ModelResponse(json: value) else {
            throw ProviderError(.program, "\(command[0]) printed JSON without a \"text\" field")
        }
        return response
    }

    private func run(input: [UInt8], timeout: Double) async throws -> (Int32, [UInt8], [UInt8], Bool) {
        let command = self.command, directory = self.workingDirectory
        return try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                do {
                    let process = Process()
                    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                    process.arguments = command
                    process.currentDirectoryURL = URL(fileURLWithPath: directory)
                    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
                    process.standardInput = stdin
                    process.standardOutput = stdout
                    process.standardError = stderr
                    try process.run()
                    let fired = Flag()
                    // SIGKILL: the program may have inherited a signal mask that blocks SIGTERM.
                    let timer = DispatchWorkItem { if process.isRunning { fired.set(); kill(process.processIdentifier, SIGKILL) } }
                    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
                    let errors = ErrorCollector(stderr.fileHandleForReading)
                    stdin.fileHandleForWriting.write(Data(input))
                    try? stdin.fileHandleForWriting.close()
                    let out = stdout.fileHandleForReading.readDataToEndOfFile()
                    process.waitUntilExit()
                    timer.cancel()
                    continuation.resume(returning: (process.terminationStatus, Array(out), errors.finish(), fired.isSet))
                } catch {
                    continuation.resume(throwing: ProviderError(.program, "cannot run \(command[0]): \(error.localizedDescription)"))
                }
            }
        }
    }
}

/// Reads a pipe to its end on another thread, so a chatty stderr cannot block the program.
final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func finish() -> [UInt8] {
        done.wait()
        return Array(data)
    }
}

/// A flag one thread sets and another reads.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}

import Foundation
import ReplayKit

/// Progress of a recording on stderr: one line redrawn in place on a terminal (done/total,
/// errors, rate, ETA, tokens, cost); on a pipe, a plain line every 10% of the cases; nothing with `quiet`.
final class RecordProgressLine: RecordProgress, @unchecked Sendable {
    private let terminal = Terminal.standardError
    private let quiet: Bool
    private let lock = NSLock()
    private var lastDraw = 0.0
    private var lastDecile = -1

    init(quiet: Bool) { self.quiet = quiet }

    func started(total: Int, cached: Int) {
        guard !quiet else { return }
        let fromCache = cached > 0 ? " (\(cached) answered from the cache)" : ""
        terminal.print("recording \(total) case\(total == 1 ? "" : "s")\(fromCache)")
    }

    func finished(_ s: RecordStatus) {
        guard !quiet else { return }
        lock.lock()
        defer { lock.unlock() }
        let complete = s.done == s.total
        if terminal.isTTY {
            let now = Double(DispatchTime.now().uptimeNanoseconds) / 1e9
            guard complete || now - lastDraw > 0.1 else { return }
            lastDraw = now
            terminal.handle.write(Data(("\r\u{1B}[2K" + line(s) + (complete ? "\n" : "")).utf8))
        } else {
            let decile = s.total == 0 ? 10 : s.done * 10 / s.total
            guard decile != lastDecile else { return }
            lastDecile = decile
            terminal.print(line(s))
        }
    }

    private func line(_ s: RecordStatus) -> String {
        let called = s.done - s.cached
        let rate = s.elapsed > 0 ? Double(called) / s.elapsed : 0
        var parts = ["\(s.done)/\(s.total)"]
        if s.errors > 0 { parts.append(terminal.red("\(s.errors) errors")) }
        if s.retries > 0 { parts.append("\(s.retries) retries") }
        if rate > 0 { parts.append(String(format: "%.1f/s", rate)) }
        if rate > 0, s.done < s.total { parts.append("ETA \(Int((Double(s.total - s.done) / rate).rounded(.up)))s") }
        if s.inputTokens + s.outputTokens > 0 { parts.append("\(s.inputTokens + s.outputTokens) tokens") }
        if let cost = s.cost { parts.append(String(format: "$%.4f", cost)) }
        return parts.joined(separator: " · ")
    }
}

import ArgumentParser
import Foundation
import ReplayKit
import ReplayReports

struct Review: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review a candidate run's changed cases on the terminal, worst first, and accept or reject them.",
        discussion: """
            Keys: a accept · r reject · s skip · f flag with a comment · A / R / S accept, reject or skip all remaining · \
            p previous case · ↑ ↓ space b scroll · q save and quit · Ctrl-C quit without saving. \
            Decisions are written as one commit on the default when you finish (accepted answers spliced in, every \
            decision in the review log). Needs a terminal; the scriptable twins are `replay pending [--json]` and \
            `replay accept|reject|flag (--case ID… | --all | --filter EXPR)`. With CI set or --ci nothing prompts or writes.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The candidate run (default: the newest run that differs from the default).") var candidate: String?
    @Option(name: .long, help: ArgumentHelp("Only cases matching key=value terms (class, verdict, detector, id, tag, change, flagged).", valueName: "expr"))
    var filter: String?
    @Flag(name: .long, help: "CI mode (also when $CI is set): refuse.") var ci = false

    func run() async throws {
        let environment = ProcessEnvironment()
        try CIMode.refuseWrites(environment, flag: ci, "replay review",
                                instead: "in CI use `replay pending --json` or `replay check --ci`; review on a developer machine")
        guard isatty(0) == 1, isatty(1) == 1, let terminal = RawTerminal() else {
            throw ReplayError("replay review needs a terminal (standard input and output are not one)",
                              details: ["list what waits: `replay pending [--json]`",
                                        "decide by script: `replay accept|reject|flag (--case ID… | --all | --filter EXPR)`"])
        }
        let workspace = try options.locate(environment)
        let caseFilter = try filter.map(CaseFilter.init)
        Terminal.standardError.write("scoring the changed cases…")
        let queue = try await loadQueue(workspace, candidate: candidate, environment: environment)
        Terminal.standardError.write("\r\u{1B}[K")
        let cases = caseFilter.map { f in queue.cases.filter(f.matches) } ?? queue.cases
        guard !cases.isEmpty else {
            Terminal.standardOutput.print("nothing to review: no pending case of \(queue.candidate.model) (run \(queue.candidate.runID))"
                                          + (filter == nil ? "" : " matches --filter"))
            return
        }
        var session = ReviewSession(cases: cases, title: "\(queue.candidate.model) (run \(queue.candidate.runID)) against the default",
                                    terminal: terminal, paint: Paint(enabled: Terminal.standardOutput.color))
        let ending = session.run()
        terminal.restore()
        let out = Terminal.standardOutput
        guard ending == .finished else {
            out.print("review aborted: nothing was written (\(session.decided) decision(s) dropped)")
            throw ExitCode(130)
        }
        let decisions = cases.compactMap { session.decisions[$0.id] }
        guard !decisions.isEmpty else {
            out.print("nothing decided (\(session.skipped.count) skipped): nothing was written")
            return
        }
        let outcome = try ReviewDecisions.apply(decisions, review: queue, via: "review", workspace: workspace, environment: environment)
        DecisionReport.print(outcome, queue: queue, json: false)
        if !session.skipped.isEmpty { out.print(out.dim("\(session.skipped.count) skipped")) }
    }
}

/// The interactive loop of `replay review`: one case per screen, single keys.
struct ReviewSession {
    enum Ending { case finished, aborted }

    let cases: [PendingCase]
    let title: String
    let terminal: RawTerminal
    let paint: Paint
    var decisions: [String: CaseDecision] = [:]
    var skipped = Set<String>()
    var index = 0
    var scroll = 0
    var message = ""

    init(cases: [PendingCase], title: String, terminal: RawTerminal, paint: Paint) {
        self.cases = cases
        self.title = title
        self.terminal = terminal
        self.paint = paint
    }

    var decided: Int { decisions.count }

    mutating func run() -> Ending {
        terminal.enterRaw()
        while index < cases.count {
            draw()
            let key = terminal.readKey()
            message = ""
            switch key {
            case .interrupt, .endOfInput: return .aborted
            case .char("a"): decide(.accept)
            case .char("r"): decide(.reject)
            case .char("s"), .char("n"): skipped.insert(cases[index].id); decisions[cases[index].id] = nil; advance()
            case .char("f"):
                let id = cases[index].id
                terminal.write("\u{1B}[\(terminal.size.rows);1H\u{1B}[K")
                if let comment = terminal.readLine(prompt: "comment for \(id) (empty: cancel): "), !comment.trimmingCharacters(in: .whitespaces).isEmpty {
                    decisions[id] = CaseDecision(caseID: id, verdict: .flag, comment: comment)
                    skipped.remove(id)
                    advance()
                } else {
                    message = "flag cancelled"
                }
            case .char("A"): decideRest(.accept)
            case .char("R"): decideRest(.reject)
            case .char("S"):
                for c in cases[index...] where decisions[c.id] == nil { skipped.insert(c.id) }
                index = cases.count
            case .char("p"):
                if index > 0 { index -= 1; scroll = 0 }
            case .char("q"): return .finished
            case .down, .char("j"): scroll += 1
            case .up, .char("k"): scroll = max(0, scroll - 1)
            case .char(" "), .pageDown: scroll += max(1, terminal.size.rows - 5)
            case .char("b"), .pageUp: scroll = max(0, scroll - max(1, terminal.size.rows - 5))
            case .home: scroll = 0
            case .char("?"), .char("h"): message = "a accept · r reject · s skip · f flag · A/R/S all remaining · p previous · ↑↓ space b scroll · q save and quit · Ctrl-C abort"
            default: message = "unknown key: ? shows the keys"
            }
        }
        return .finished
    }

    mutating func decide(_ verdict: ReviewEntry.Verdict) {
        let id = cases[index].id
        decisions[id] = CaseDecision(caseID: id, verdict: verdict)
        skipped.remove(id)
        advance()
    }

    mutating func decideRest(_ verdict: ReviewEntry.Verdict) {
        for c in cases[index...] where decisions[c.id] == nil {
            decisions[c.id] = CaseDecision(caseID: c.id, verdict: verdict)
            skipped.remove(c.id)
        }
        index = cases.count
    }

    mutating func advance() {
        index += 1
        scroll = 0
    }

    func count(_ verdict: ReviewEntry.Verdict) -> Int { decisions.values.filter { $0.verdict == verdict }.count }

    mutating func draw() {
        let (width, height) = terminal.size
        let c = cases[index]
        var header = paint.bold("replay review") + " \(index + 1)/\(cases.count) · \(title)"
        header += paint.dim("  accepted \(count(.accept)) · rejected \(count(.reject)) · flagged \(count(.flag)) · skipped \(skipped.count)")
        var body = ReviewView.lines(c.diff, paint: paint)
        if let previous = decisions[c.id] { body.insert(paint.dim("  (decided: \(previous.verdict.rawValue))"), at: 1) }
        if let flag = c.flag {
            body.insert(paint.yellow("  flagged by \(flag.reviewer.name): \(flag.comment ?? "")"), at: 1)
        }
        if c.change == .added { body.insert(paint.dim("  new in the candidate: accepting adds it to the baseline"), at: 1) }
        if c.change == .removed { body.insert(paint.dim("  the candidate run has no such case: accepting removes it from the baseline"), at: 1) }
        let footer = message.isEmpty
            ? paint.bold("a") + " accept  " + paint.bold("r") + " reject  " + paint.bold("s") + " skip  " + paint.bold("f") + " flag  "
                + paint.bold("A/R/S") + " all remaining  " + paint.bold("↑↓ space") + " scroll  " + paint.bold("q") + " save & quit  " + paint.bold("?") + " help"
            : message
        // Fit the body between the header and the footer, counting wrapped rows.
        // The footer may carry "↓ N more line(s)" in front: counted with room for it.
        let room = max(1, height - ReviewView.rows(header, width: width) - ReviewView.rows("↓ 9999 more line(s)  " + footer, width: width))
        let maxScroll = max(0, body.count - 1)
        scroll = min(scroll, maxScroll)
        var shown: [String] = []
        var used = 0
        for line in body.dropFirst(scroll) {
            let rows = ReviewView.rows(line, width: width)
            if used + rows > room { break }
            shown.append(line)
            used += rows
        }
        let hidden = body.count - scroll - shown.count
        var screen = "\u{1B}[H\u{1B}[2J" + header + "\r\n"
        screen += shown.joined(separator: "\r\n") + "\r\n"
        for _ in 0..<max(0, room - used) { screen += "\r\n" }
        screen += (hidden > 0 ? paint.dim("↓ \(hidden) more line(s)  ") : "") + footer
        terminal.write(screen)
    }
}

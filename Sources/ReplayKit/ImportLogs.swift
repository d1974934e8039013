import Foundation
import ReplayCore
import ReplayImport
import ReplayRedaction
import ReplayStore

/// `replay import`: real conversation logs become cases in the workspace — replies stripped and
/// kept aside as production's baseline, personal data replaced, duplicates removed, sampled.
/// Nothing is written until every file has been read: a fatal error leaves the workspace as it was.
public enum ImportLogs {
    public struct Options: Sendable {
        public var paths: [String]
        public var format: LogFormatID?
        public var turns: CaseBuilder.Turns = .all
        public var redact = true
        public var corpus = Corpus.Options()
        public var strict = false
        /// Record production's replies as a run of each model the log names.
        public var baseline = false
        /// The cases file's name under `.replay/cases/imported/` (without `.jsonl`).
        public var name: String?

        public init(paths: [String]) { self.paths = paths }
    }

    public struct Summary: Sendable {
        public var files: [(file: String, format: LogFormatID)]
        public var records: Int
        public var conversations: Int
        public var cases: Int
        /// Records, conversations and cases left out, by reason.
        public var skipped: [(reason: String, count: Int)]
        public var problems: [RecordProblem]
        public var redactions: [(kind: PIIKind, count: Int)]
        public var casesFile: String?
        public var baselines: [(model: String, run: WrittenRun, cases: Int)]
        /// Cases per model, per source format.
        public var byModel: [String: Int]
        public var bySource: [String: Int]
    }

    public static func run(workspace: Workspace, options: Options, environment: any Environment,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Summary {
        guard !options.paths.isEmpty else { throw ReplayError("import needs at least one log file, folder or zip", kind: .usage) }
        guard isDirectory(workspace.root) else {
            throw ReplayError("no workspace at \(workspace.display(workspace.root))", details: ["create one with `replay init`"])
        }
        let absolute = absolutePaths(options.paths, environment)
        let name = try casesFileName(options, absolute: absolute)
        let folder = workspace.casesPath + "/imported"
        let target = folder + "/" + name + ".jsonl"
        // Ids the rest of the workspace already uses (a re-import replaces its own file).
        let existing = try existingIDs(workspace, except: target)

        var redactor: Redactor? = nil
        var secrets: RedactionSecrets? = nil
        if options.redact {
            let s = try RedactionSecrets.load(workspace)
            secrets = s
            redactor = Redactor(key: s.key, table: s.table)
        }
        let importer = LogImporter(format: options.format, strict: options.strict, display: displayPath(environment))
        // Cases go to a temporary file as they come (bounded memory), renamed into place at the end.
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/.\(name).jsonl.importing-\(getpid())"
        guard let out = FileHandle.create(temporary) else { throw ReplayError("cannot write \(workspace.display(temporary))") }
        let sink = CaseSink(options: options, existing: existing, out: out, progress: progress)
        do {
            defer { try? out.close() }
            // Reading and parsing on this thread, redacting on a second (in order: placeholders are
            // numbered as met), building, de-duplicating, sampling and writing cases on a third.
            let redaction = RedactionStage(redactor: redactor)
            try Pipeline.run(produce: { push in
                try importer.read(absolute) { conversation in
                    var c = conversation
                    if c.exporter == nil { c.exporter = importer.tally.exporter }
                    try push(c)
                }
            }, transform: { batch in redaction.apply(batch) }, consume: { batch in try sink.take(batch) })
            redactor = redaction.redactor
            try sink.finish()
            try out.close()
            try sink.dropSuperseded(in: temporary)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            if let e = error as? ImportError {
                throw ReplayError(e.message, details: (e.fix.map { [$0] } ?? []) + ["nothing was imported"])
            }
            throw error
        }
        let corpus = sink.corpus, extra = sink.extra, written = sink.writtenCount
        let baselineReplies = sink.baselineReplies, byModel = sink.byModel, bySource = sink.bySource
        let tally = importer.tally
        guard written > 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            let skipped = merged(tally.skipped, corpus.skipped, extra)
            throw ReplayError("no cases to import from \(options.paths.joined(separator: ", ")): \(tally.conversations) conversations read",
                              details: skipped.prefix(5).map { "\($0.count) × \($0.reason)" }
                                + tally.problems.prefix(3).map(\.description) + ["nothing was imported"])
        }
        // Everything read: the cases file replaces any earlier import of the same name.
        guard rename(temporary, target) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw ReplayError("cannot write \(workspace.display(target)): \(String(cString: strerror(errno)))")
        }
        if var secrets, let redactor {
            secrets.table = redactor.table
            try secrets.save(workspace)
        }
        var baselines: [(model: String, run: WrittenRun, cases: Int)] = []
        if options.baseline, !baselineReplies.isEmpty {
            let store = try workspace.openStore(environment: environment)
            for model in baselineReplies.keys.sorted() {
                let pairs = baselineReplies[model]!
                let run = try RecordRun.store(.init(model: model, provider: "import", parameters: .init(), cases: pairs.map(\.0),
                                                    results: pairs.map(\.1),
                                                    source: ["import": .string(workspace.display(target)),
                                                             "logs": .array(tally.files.keys.sorted().map(JSONValue.string))]),
                                              in: store, environment: environment)
                baselines.append((model, run, pairs.count))
            }
        }
        return Summary(files: tally.files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, records: tally.records,
                       conversations: tally.conversations, cases: written, skipped: merged(tally.skipped, corpus.skipped, extra),
                       problems: tally.problems,
                       redactions: (redactor?.counts ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                       casesFile: workspace.display(target), baselines: baselines, byModel: byModel, bySource: bySource)
    }

    /// The paths as given, made absolute against the working directory.
    static func absolutePaths(_ paths: [String], _ environment: any Environment) -> [String] {
        paths.map { $0.hasPrefix("/") ? $0 : environment.currentDirectory + "/" + $0 }
    }

    /// A path as messages show it: relative to the working directory when below it.
    static func displayPath(_ environment: any Environment) -> @Sendable (String) -> String {
        let cwd = environment.currentDirectory + "/"
        return { path in path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path }
    }

    /// The middle stage: each conversation redacted once, in reading order.
    final class RedactionStage: @unchecked Sendable {
        var redactor: Redactor?
        /// The exporter last handed to the redactor: an export names the same one on every conversation.
        var known: Person?
        init(redactor: Redactor?) { self.redactor = redactor }

        func apply(_ batch: [ImportedConversation]) -> [ImportedConversation] {
            guard redactor != nil else { return batch }
            return batch.map { conversation in
                var c = conversation
                if let person = c.exporter, person != known {
                    redactor!.addKnown(person.known)
                    known = person
                }
                ImportLogs.redact(&c, with: &redactor!)
                return c
            }
        }
    }

    /// The last stage: cases from each conversation, through the corpus filters, to the file.
    final class CaseSink: @unchecked Sendable {
        let options: Options
        let existing: Set<String>
        let out: FileHandle
        let progress: (@Sendable (Int, Int) -> Void)?
        var corpus: Corpus
        var extra: [String: Int] = [:]
        var writtenCount = 0
        var conversations = 0
        var baselineReplies: [String: [(Case, CaseResult)]] = [:]
        var byModel: [String: Int] = [:], bySource: [String: Int] = [:]
        var seenIDs = Set<String>()
        var buffer: [UInt8] = []
        /// Lines written so far, and per exact key the line of the case kept for it.
        var lines = 0
        var written: [Int: (line: Int, id: String, model: String?, source: String)] = [:]
        var supersededLines = Set<Int>()
        var supersededIDs = Set<String>()

        init(options: Options, existing: Set<String>, out: FileHandle, progress: (@Sendable (Int, Int) -> Void)?) {
            self.options = options
            self.existing = existing
            self.out = out
            self.progress = progress
            corpus = Corpus(options.corpus)
            buffer.reserveCapacity(1 << 21)
        }

        func take(_ batch: [ImportedConversation]) throws {
            for conversation in batch {
                conversations += 1
                let cases = CaseBuilder.cases(from: conversation, turns: options.turns)
                if cases.isEmpty { extra["conversations with no answered human turn", default: 0] += 1 }
                for c in cases {
                    switch corpus.consider(c) {
                    case .keep:
                        if try emit(c) { written[c.keys.exact] = (lines - 1, c.value.id, c.model, c.format.rawValue) }
                    case .supersedes(let key):
                        guard let earlier = written[key] else { if try emit(c) { written[key] = (lines - 1, c.value.id, c.model, c.format.rawValue) }; continue }
                        if try emit(c) {
                            // The earlier copy's line is dropped when the file is finished.
                            supersededLines.insert(earlier.line)
                            supersededIDs.insert(earlier.id)
                            writtenCount -= 1
                            byModel[earlier.model ?? "(unknown)", default: 0] -= 1
                            bySource[earlier.source, default: 0] -= 1
                            extra["superseded by a later, more complete copy (the next request of a tool loop)", default: 0] += 1
                            written[key] = (lines - 1, c.value.id, c.model, c.format.rawValue)
                        }
                    default: break
                    }
                }
            }
            progress?(conversations, writtenCount)
        }

        func finish() throws {
            for c in corpus.finish() { try emit(c) }
            if !buffer.isEmpty { try out.write(contentsOf: buffer) }
            if !supersededIDs.isEmpty {
                for model in baselineReplies.keys { baselineReplies[model]!.removeAll { supersededIDs.contains($0.0.id) } }
                baselineReplies = baselineReplies.filter { !$0.value.isEmpty }
            }
        }

        /// Rewrites the finished cases file without the lines later copies superseded.
        func dropSuperseded(in path: String) throws {
            guard !supersededLines.isEmpty else { return }
            guard let data = FileManager.default.contents(atPath: path) else { throw ReplayError("cannot read \(path) back") }
            var kept = Data()
            kept.reserveCapacity(data.count)
            var line = 0
            var start = data.startIndex
            while start < data.endIndex {
                let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
                if !supersededLines.contains(line) { kept.append(data[start..<end]); kept.append(0x0A) }
                line += 1
                start = end < data.endIndex ? data.index(after: end) : end
            }
            try kept.write(to: URL(fileURLWithPath: path), options: .atomic)
        }

        @discardableResult
        func emit(_ c: ImportedCase) throws -> Bool {
            if existing.contains(c.value.id) { extra["already in another case file of the workspace", default: 0] += 1; return false }
            guard seenIDs.insert(c.value.id).inserted else { extra["the same conversation and turn twice", default: 0] += 1; return false }
            // (Cases are valid by construction — `CaseBuilder` makes them so, and the tests check
            // every reader's cases with `CaseDecoder` — so they are not parsed back here.)
            c.value.appendCompactJSON(to: &buffer)
            buffer.append(0x0A)
            if buffer.count > 1 << 20 { try out.write(contentsOf: buffer); buffer.removeAll(keepingCapacity: true) }
            lines += 1
            writtenCount += 1
            byModel[c.model ?? "(unknown)", default: 0] += 1
            bySource[c.format.rawValue, default: 0] += 1
            if options.baseline, let reply = c.reply {
                let model = ImportLogs.baselineModelName(c.model)
                baselineReplies[model, default: []].append((c.value, CaseResult(caseID: c.value.id, output: reply, toolCalls: c.replyToolCalls,
                                                                                  responseModel: c.model)))
            }
            return true
        }
    }

    static func merged(_ maps: [String: Int]...) -> [(reason: String, count: Int)] {
        var all: [String: Int] = [:]
        for m in maps { for (k, v) in m { all[k, default: 0] += v } }
        return all.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Every string production saw or said, redacted: the title, the system prompt, every turn
    /// (context, prompts, tool calls and results, and the replies kept as the baseline).
    static func redact(_ c: inout ImportedConversation, with r: inout Redactor) {
        if let title = c.title { c.title = r.redact(title) }
        if let system = c.system { c.system = r.redact(system) }
        for i in c.turns.indices {
            c.turns[i].content = r.redact(c.turns[i].content)
            if !c.turns[i].toolCalls.isEmpty {
                c.turns[i].toolCalls = c.turns[i].toolCalls.map { ToolCall(id: $0.id, name: $0.name, arguments: r.redact($0.arguments)) }
            }
        }
    }

    /// The model name a baseline run is stored under: the log's name, made valid.
    static func baselineModelName(_ model: String?) -> String {
        guard let model, !model.isEmpty else { return "production" }
        let cleaned = String(model.map { $0.isWhitespace || $0 == "~" || $0 == "^" || $0 == ":" ? "-" : $0 }.prefix(200))
        return cleaned == "default" ? "production-default" : cleaned
    }

    static func casesFileName(_ options: Options, absolute: [String]) throws -> String {
        if let name = options.name {
            guard CaseID.problem(name) == nil else {
                throw ReplayError("--name '\(name)' may only hold letters, digits, '.', '-' and '_'", kind: .usage)
            }
            return name
        }
        var base = URL(fileURLWithPath: absolute[0]).deletingPathExtension().lastPathComponent
        base = String(base.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
        return base.isEmpty ? "import" : base
    }

    static func existingIDs(_ workspace: Workspace, except target: String) throws -> Set<String> {
        var ids = Set<String>()
        for file in CaseCatalog.caseFiles(in: workspace.casesPath) where file != target {
            let decoded = CaseDecoder.decodeFile(try readText(file), file: workspace.display(file))
            for c in decoded.cases { ids.insert(c.value.id) }
        }
        return ids
    }
}

extension Person {
    var known: KnownIdentifiers {
        KnownIdentifiers(names: name.map { [$0] } ?? [], emails: email.map { [$0] } ?? [], ids: ids)
    }
}

extension FileHandle {
    static func create(_ path: String) -> FileHandle? {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { return nil }
        return FileHandle(forWritingAtPath: path)
    }
}

/// The workspace's redaction key and placeholder table, in `.replay/private/` (never committed:
/// the folder ignores itself). The key makes placeholders stable across imports and keeps the
/// table from being reversed; share it out of band to get the same placeholders on another machine.
struct RedactionSecrets {
    var key: RedactionKey
    var table: PlaceholderTable

    static func folder(_ w: Workspace) -> String { w.root + "/private" }

    static func load(_ w: Workspace) throws -> RedactionSecrets {
        let folder = folder(w)
        let keyPath = folder + "/redaction.key", tablePath = folder + "/redaction-table.json"
        if !isDirectory(folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        if !fileExists(folder + "/.gitignore") {
            try writeAtomically("# Local secrets of replay (the redaction key): never commit them.\n*\n", to: folder + "/.gitignore")
        }
        let key: RedactionKey
        if let data = FileManager.default.contents(atPath: keyPath) {
            guard data.count == 32 else {
                throw ReplayError("\(w.display(keyPath)) is not a redaction key (32 bytes)",
                                  details: ["restore it from a backup, or delete it (placeholders then change) and import again"])
            }
            key = RedactionKey(bytes: Array(data))
        } else {
            key = try RedactionKey.generate()
            guard FileManager.default.createFile(atPath: keyPath, contents: Data(key.bytes), attributes: [.posixPermissions: 0o600]) else {
                throw ReplayError("cannot write \(w.display(keyPath))")
            }
        }
        var table = PlaceholderTable()
        if fileExists(tablePath) {
            do { table = try PlaceholderTable(json: JSONParser.parse(try readText(tablePath)).json) } catch {
                throw ReplayError("\(w.display(tablePath)) cannot be read: \(error)",
                                  details: ["restore it, or delete it (numbering of placeholders then restarts)"])
            }
        }
        return RedactionSecrets(key: key, table: table)
    }

    func save(_ w: Workspace) throws {
        try writeAtomically(table.json.canonical + "\n", to: Self.folder(w) + "/redaction-table.json")
    }
}

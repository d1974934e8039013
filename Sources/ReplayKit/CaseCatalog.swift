import Foundation
import ReplayCore

/// The workspace's cases, read from `.replay/cases/` (every `.yaml`, `.yml`, `.json` and `.jsonl`
/// file below it, in path order), with prompt files resolved.
public struct CaseCatalog: Sendable {
    public let cases: [LocatedCase]
    public let problems: [Problem]
    public let files: [String]

    /// Reads every case file; problems are collected, not thrown.
    public static func load(_ workspace: Workspace) throws -> CaseCatalog {
        let files = caseFiles(in: workspace.casesPath)
        var cases: [LocatedCase] = []
        var problems: [Problem] = []
        for path in files {
            let shown = workspace.display(path)
            let text: String
            do { text = try readText(path) } catch let error as ReplayError {
                problems.append(Problem(file: shown, line: nil, message: error.message, fix: error.details.first))
                continue
            }
            let decoded = CaseDecoder.decodeFile(text, file: shown)
            problems.append(contentsOf: decoded.problems)
            for var located in decoded.cases {
                if case .file(let relative, _) = located.value.system {
                    let full = workspace.projectRoot + "/" + relative
                    if let data = FileManager.default.contents(atPath: full), let prompt = String(data: data, encoding: .utf8) {
                        located.value.system = .file(path: relative, text: prompt)
                    } else {
                        problems.append(Problem(file: shown, line: located.line, field: "system_file",
                                                message: "the prompt file '\(relative)' does not exist or is not UTF-8 text (looked for \(full))",
                                                fix: "write the path relative to \(workspace.projectRoot)"))
                        continue
                    }
                }
                cases.append(located)
            }
        }
        problems.append(contentsOf: CaseSet.duplicateProblems(cases))
        return CaseCatalog(cases: cases, problems: problems, files: files.map(workspace.display))
    }

    /// The cases, or an error listing every problem (nothing may be recorded from a broken case set).
    public func requireValid() throws -> [Case] {
        guard problems.isEmpty else {
            throw ReplayError.problems(problems, in: "the cases have", consequence: "nothing was changed",
                                       hint: "fix them, then check with `replay cases validate`")
        }
        return cases.map(\.value)
    }

    public func located(_ id: String) -> LocatedCase? { cases.first { $0.value.id == id } }

    static func caseFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            let ext = (name as NSString).pathExtension.lowercased()
            if CaseDecoder.extensions.contains(ext) { files.append(folder + "/" + relative) }
        }
        return files.sorted()
    }
}

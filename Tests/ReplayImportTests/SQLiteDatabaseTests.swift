import Foundation
import Testing
@testable import ReplayImport

@Suite struct SQLiteDatabaseTests {
    static let dir = AgentFixtures.root + "/llm/"

    /// A fresh folder holding copies of fixture files (so what SQLite might add beside them shows).
    func scratch(_ files: [String], renaming: [String: String] = [:]) throws -> String {
        let folder = NSTemporaryDirectory() + "replay-sqlite-" + UUID().uuidString + "/"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in files {
            try FileManager.default.copyItem(atPath: Self.dir + file, toPath: folder + (renaming[file] ?? file))
        }
        return folder
    }

    func listing(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func readsValuesOfEveryTypeWithParameters() throws {
        let folder = try scratch(["wal_mode.db"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = try SQLiteDatabase(readOnly: folder + "wal_mode.db")
        let rows = try db.query("select id, body, n, data, null as empty from notes where body = ? and id >= ?", [.text("kept"), .integer(1)])
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row["id"] == .integer(1))
        #expect(row.int("id") == 1)
        #expect(row.string("body") == "kept")
        #expect(row["n"] == .real(1.5))
        #expect(row["data"] == .blob([0x00, 0xFF, 0x10]))
        #expect(row["empty"] == .null)
        #expect(row["no such column"] == .null)
        #expect(try db.tableNames() == ["notes"])
        #expect(try db.columnNames("notes") == ["id", "body", "n", "data"])
        #expect(try db.columnNames("missing").isEmpty)
    }

    @Test func neverWritesTheDatabaseOrFilesBesideIt() throws {
        // A rollback-journal database, a WAL-mode one without a log, and a path needing URI escapes.
        let folder = try scratch(["logs_llm_0.32.db", "wal_mode.db", "not_llm.db"], renaming: ["not_llm.db": "odd name #1 ?%.db"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = try listing(folder)
        var bytes: [String: Data] = [:]
        for file in before { bytes[file] = FileManager.default.contents(atPath: folder + file) }
        for file in before {
            let db = try SQLiteDatabase(readOnly: folder + file)
            _ = try db.tableNames()
        }
        _ = try LLMLogsReader.read(path: folder + "logs_llm_0.32.db", file: "logs.db")
        #expect(try listing(folder) == before)
        for file in before { #expect(FileManager.default.contents(atPath: folder + file) == bytes[file]) }
    }

    @Test func writingStatementsAreRefused() throws {
        let folder = try scratch(["not_llm.db"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = try SQLiteDatabase(readOnly: folder + "not_llm.db")
        #expect(throws: SQLiteError.self) { try db.query("insert into notes(body) values ('x')") }
        #expect(throws: SQLiteError.self) { try db.query("create table t(x)") }
        #expect(try db.query("select count(*) as n from notes").first?.int("n") == 1)
    }

    @Test func readsRowsAWriterLeftInTheWAL() throws {
        let folder = try scratch(["wal_pending.db", "wal_pending.db-wal"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = try SQLiteDatabase(readOnly: folder + "wal_pending.db")
        #expect(try db.query("select body from notes").map { $0.string("body") } == ["only in the wal"])
    }

    @Test func errorsCarrySQLitesMessage() throws {
        #expect {
            try SQLiteDatabase(readOnly: Self.dir + "logs_llm_0.32.logs.json")
        } throws: { error in
            let e = error as? SQLiteError
            return e?.primaryCode == 26 && e?.message == "file is not a database"
        }
        #expect {
            try SQLiteDatabase(readOnly: Self.dir + "does-not-exist.db")
        } throws: { error in
            (error as? SQLiteError)?.message.contains("unable to open") == true
        }
        let db = try SQLiteDatabase(readOnly: Self.dir + "not_llm.db")
        #expect {
            try db.query("select * from no_such_table")
        } throws: { error in
            let e = error as? SQLiteError
            return e?.message == "no such table: no_such_table" && e?.sql == "select * from no_such_table"
        }
    }

    @Test func uriEscaping() {
        #expect(SQLiteDatabase.uriEscape("/a b/c?d#e%f.db") == "/a%20b/c%3Fd%23e%25f.db")
        #expect(SQLiteDatabase.uriEscape("/tmp/plain.db") == "/tmp/plain.db")
        #expect(SQLiteDatabase.uriEscape("/tmp/é.db") == "/tmp/%C3%A9.db")
    }
}

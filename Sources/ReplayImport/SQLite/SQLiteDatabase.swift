import ReplaySQLiteC
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An error from SQLite, with SQLite's own message.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// SQLite's result code (extended when available).
    public var code: Int32
    /// SQLite's message (`sqlite3_errmsg`), or what this wrapper was doing.
    public var message: String
    /// The statement that failed, when a statement did.
    public var sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code (`SQLITE_NOTADB`, `SQLITE_CANTOPEN`, ...).
    public var primaryCode: Int32 { code & 0xFF }

    public var description: String {
        var s = "SQLite error \(code): \(message)"
        if let sql { s += " (in: \(sql))" }
        return s
    }
}

/// One value read from a SQLite row.
public enum SQLiteValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// Text as text; numbers printed; blobs decoded as UTF-8; nil for NULL.
    public var string: String? {
        switch self {
        case .null: return nil
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .real(let d): return String(d)
        case .blob(let b): return String(decoding: b, as: UTF8.self)
        }
    }

    /// Integers as integers; integral reals and numeric text converted; nil otherwise.
    public var int: Int? {
        switch self {
        case .integer(let i): return Int(exactly: i)
        case .real(let d): return d.rounded() == d && abs(d) < 9.0e15 ? Int(d) : nil
        case .text(let s): return Int(s)
        default: return nil
        }
    }
}

/// One row of a result, by column name.
public struct SQLiteRow: Sendable {
    public var columns: [String]
    public var values: [SQLiteValue]

    public subscript(_ name: String) -> SQLiteValue {
        guard let i = columns.firstIndex(of: name) else { return .null }
        return values[i]
    }

    public func string(_ name: String) -> String? { self[name].string }
    public func int(_ name: String) -> Int? { self[name].int }
}

/// A read-only connection to a SQLite database file. C pointers never leave this file: callers
/// see rows of Swift values.
///
/// The file is opened with `SQLITE_OPEN_READONLY` through a `file:` URI with `mode=ro`, which
/// writes nothing to a rollback-journal database. A WAL-mode database would get `-wal` and `-shm`
/// files made beside it even so: when it has no `-wal` file (everything is in the main file), it is
/// opened with `immutable=1` instead, which reads the main file without locks or side files; when a
/// writer left a `-wal` file, that file holds the newest rows and is read (SQLite may add the
/// `-shm` index it needs). If `mode=ro` cannot open the file, `immutable=1` is tried. The database
/// itself is never written.
public final class SQLiteDatabase {
    private var handle: OpaquePointer?
    public let path: String

    /// Opens `path` read-only and checks that it is a SQLite database (reads its schema).
    public init(readOnly path: String) throws(SQLiteError) {
        self.path = path
        do {
            handle = try Self.open(path, immutable: Self.isWALWithoutLog(path))
            try checkReadable()
        } catch {
            if let handle { sqlite3_close_v2(handle) }
            handle = nil
            // SQLITE_NOTADB and the like will not get better without locks: report them as they are.
            guard error.primaryCode == SQLITE_CANTOPEN || error.primaryCode == SQLITE_BUSY
                || error.primaryCode == SQLITE_LOCKED || error.primaryCode == SQLITE_READONLY
                || error.primaryCode == SQLITE_IOERR
            else { throw error }
            handle = try Self.open(path, immutable: true)
            do { try checkReadable() } catch {
                if let handle { sqlite3_close_v2(handle) }
                handle = nil
                throw error
            }
        }
    }

    deinit {
        if let handle { sqlite3_close_v2(handle) }
    }

    private func checkReadable() throws(SQLiteError) {
        _ = try query("select count(*) from sqlite_master")
    }

    /// Whether the file is a WAL-mode database (header bytes 18 and 19 are 2) with no `-wal` file.
    static func isWALWithoutLog(_ path: String) -> Bool {
        if access(path + "-wal", F_OK) == 0 { return false }
        guard let f = fopen(path, "rb") else { return false }
        defer { fclose(f) }
        var header = [UInt8](repeating: 0, count: 20)
        guard fread(&header, 1, 20, f) == 20 else { return false }
        let magic = Array("SQLite format 3".utf8)
        return Array(header[0..<15]) == magic && header[18] == 2 && header[19] == 2
    }

    private static func open(_ path: String, immutable: Bool) throws(SQLiteError) -> OpaquePointer {
        var db: OpaquePointer?
        let uri = "file:" + uriEscape(path) + "?mode=ro" + (immutable ? "&immutable=1" : "")
        let rc = sqlite3_open_v2(uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            if let db { sqlite3_close_v2(db) }
            throw SQLiteError(code: rc, message: message)
        }
        sqlite3_extended_result_codes(db, 1)
        return db
    }

    /// Percent-escapes the characters a `file:` URI path cannot hold literally.
    static func uriEscape(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0..<0x21, 0x7F...0xFF:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            default:
                out.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return out
    }

    /// Runs one statement with text/integer parameters and returns all its rows.
    public func query(_ sql: String, _ parameters: [SQLiteValue] = []) throws(SQLiteError) -> [SQLiteRow] {
        guard let handle else { throw SQLiteError(code: SQLITE_MISUSE, message: "the database is closed", sql: sql) }
        var statement: OpaquePointer?
        let prepared = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard prepared == SQLITE_OK, let statement else {
            throw SQLiteError(code: prepared, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
        }
        defer { sqlite3_finalize(statement) }
        // A read-only connection refuses writes anyway; this keeps a stray statement from trying.
        guard sqlite3_stmt_readonly(statement) != 0 else {
            throw SQLiteError(code: SQLITE_READONLY, message: "only reading statements are allowed", sql: sql)
        }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (i, parameter) in parameters.enumerated() {
            let index = Int32(i + 1)
            let rc: Int32
            switch parameter {
            case .null: rc = sqlite3_bind_null(statement, index)
            case .integer(let v): rc = sqlite3_bind_int64(statement, index, v)
            case .real(let v): rc = sqlite3_bind_double(statement, index, v)
            case .text(let v): rc = sqlite3_bind_text(statement, index, v, -1, transient)
            case .blob(let v):
                rc = v.withUnsafeBytes { sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), transient) }
            }
            guard rc == SQLITE_OK else {
                throw SQLiteError(code: rc, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
            }
        }
        let count = sqlite3_column_count(statement)
        var names: [String] = []
        for i in 0..<count {
            names.append(sqlite3_column_name(statement, i).map { String(cString: $0) } ?? "")
        }
        var rows: [SQLiteRow] = []
        while true {
            let rc = sqlite3_step(statement)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else {
                throw SQLiteError(code: rc, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
            }
            var values: [SQLiteValue] = []
            values.reserveCapacity(Int(count))
            for i in 0..<count {
                switch sqlite3_column_type(statement, i) {
                case SQLITE_INTEGER: values.append(.integer(sqlite3_column_int64(statement, i)))
                case SQLITE_FLOAT: values.append(.real(sqlite3_column_double(statement, i)))
                case SQLITE_TEXT:
                    let n = Int(sqlite3_column_bytes(statement, i))
                    if let p = sqlite3_column_text(statement, i) {
                        values.append(.text(String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)))
                    } else {
                        values.append(.text(""))
                    }
                case SQLITE_BLOB:
                    let n = Int(sqlite3_column_bytes(statement, i))
                    if let p = sqlite3_column_blob(statement, i) {
                        values.append(.blob(Array(UnsafeRawBufferPointer(start: p, count: n))))
                    } else {
                        values.append(.blob([]))
                    }
                default: values.append(.null)
                }
            }
            rows.append(SQLiteRow(columns: names, values: values))
        }
        return rows
    }

    /// The names of the database's tables and views.
    public func tableNames() throws(SQLiteError) -> Set<String> {
        Set(try query("select name from sqlite_master where type in ('table', 'view')").compactMap { $0.string("name") })
    }

    /// The column names of a table (empty when there is no such table).
    public func columnNames(_ table: String) throws(SQLiteError) -> Set<String> {
        Set(try query("select name from pragma_table_info(?)", [.text(table)]).compactMap { $0.string("name") })
    }
}

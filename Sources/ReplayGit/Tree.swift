import ReplayGit2C

/// What a tree entry points to.
public enum EntryKind: Sendable, Equatable {
    case blob
    case tree
    case other
}

/// One entry of a tree, as a value.
public struct TreeEntry: Sendable, Equatable {
    public let name: String
    public let id: ObjectID
    public let kind: EntryKind

    public init(name: String, id: ObjectID, kind: EntryKind) {
        self.name = name
        self.id = id
        self.kind = kind
    }

    /// The entries of a tree object's bytes (`<octal mode> <name>\0<20-byte id>` each), or nil
    /// where they are not well formed.
    static func parse(_ bytes: [UInt8]) -> [TreeEntry]? {
        var entries: [TreeEntry] = []
        var at = 0
        return bytes.withUnsafeBufferPointer { b -> [TreeEntry]? in
            while at < b.count {
                let modeStart = at
                while at < b.count, b[at] != 0x20 { at += 1 }
                let mode = b[modeStart..<at]
                at += 1
                let nameStart = at
                while at < b.count, b[at] != 0 { at += 1 }
                guard !mode.isEmpty, mode.count <= 7, at > nameStart, at + 21 <= b.count else { return nil }
                // The mode in octal (`040000` is a tree too), classified by its type bits as libgit2 does.
                var value: UInt32 = 0
                for digit in mode {
                    guard digit >= 0x30, digit <= 0x37 else { return nil }
                    value = value << 3 | UInt32(digit - 0x30)
                }
                guard value <= 0xFFFF else { return nil }
                let name = String(decoding: b[nameStart..<at], as: UTF8.self)
                let id = ObjectID(rawBytes: UnsafeRawPointer(b.baseAddress! + at + 1))
                let kind: EntryKind = value & 0o170000 == 0o040000 ? .tree : value & 0o170000 == 0o160000 ? .other : .blob
                entries.append(TreeEntry(name: name, id: id, kind: kind))
                at += 21
            }
            return entries
        }
    }

    init(_ entry: OpaquePointer) {
        name = String(cString: git_tree_entry_name(entry))
        id = ObjectID(git_tree_entry_id(entry))
        switch git_tree_entry_type(entry) {
        case GIT_OBJECT_BLOB: kind = .blob
        case GIT_OBJECT_TREE: kind = .tree
        default: kind = .other
        }
    }
}

/// An entry present on one or both sides of a tree comparison whose id differs.
public struct EntryChange: Sendable, Equatable {
    public let name: String
    /// The id on the old side, or nil where the entry was added.
    public let old: ObjectID?
    /// The id on the new side, or nil where the entry was removed.
    public let new: ObjectID?
    public let kind: EntryKind
}

/// An open tree. Entries are read in place; names become Swift strings only when asked for.
public final class Tree {
    let handle: OpaquePointer
    public let id: ObjectID

    init(handle: OpaquePointer, id: ObjectID) {
        self.handle = handle
        self.id = id
    }

    deinit { git_tree_free(handle) }

    public var count: Int { git_tree_entrycount(handle) }

    /// The entry at `index` (0..<count), in git's order.
    public func entry(at index: Int) -> TreeEntry { TreeEntry(git_tree_entry_byindex(handle, index)!) }

    /// The entry called `name`, if any.
    public func entry(named name: String) -> TreeEntry? {
        git_tree_entry_byname(handle, name).map(TreeEntry.init)
    }

    /// All entries, in git's order.
    public var entries: [TreeEntry] { (0..<count).map(entry(at:)) }

    /// The entries whose ids differ between `old` and `new` (either may be nil: an absent tree).
    /// Both trees are merged in git's order; entries with equal ids cost one id comparison and
    /// produce no string, so comparing two trees is linear in their entry counts and allocates
    /// only for what changed.
    public static func changes(from old: Tree?, to new: Tree?) -> [EntryChange] {
        var result: [EntryChange] = []
        let oldCount = old?.count ?? 0, newCount = new?.count ?? 0
        var i = 0, j = 0
        while i < oldCount || j < newCount {
            let a = i < oldCount ? git_tree_entry_byindex(old!.handle, i) : nil
            let b = j < newCount ? git_tree_entry_byindex(new!.handle, j) : nil
            let order: Int32
            if let a, let b { order = replay_git_entry_cmp(a, b) } else { order = a == nil ? 1 : -1 }
            if order < 0 {
                let entry = TreeEntry(a!)
                result.append(EntryChange(name: entry.name, old: entry.id, new: nil, kind: entry.kind))
                i += 1
            } else if order > 0 {
                let entry = TreeEntry(b!)
                result.append(EntryChange(name: entry.name, old: nil, new: entry.id, kind: entry.kind))
                j += 1
            } else {
                if git_oid_equal(git_tree_entry_id(a!), git_tree_entry_id(b!)) == 0 {
                    let before = TreeEntry(a!), after = TreeEntry(b!)
                    result.append(EntryChange(name: after.name, old: before.id, new: after.id, kind: after.kind))
                }
                i += 1
                j += 1
            }
        }
        return result
    }
}

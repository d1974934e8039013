extension String {
    /// Whether this string sorts before `other` by their UTF-8 bytes: the order of git's tree
    /// entries, canonical JSON keys and case ids. Compares the bytes in place (a fallback walks
    /// the views of a string that is not stored as UTF-8).
    public func utf8Precedes(_ other: String) -> Bool {
        let fast = utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b -> Bool in
                let n = Swift.min(a.count, b.count)
                var i = 0
                while i < n {
                    let x = a[i], y = b[i]
                    if x != y { return x < y }
                    i += 1
                }
                return a.count < b.count
            }
        }
        if let fast, let result = fast { return result }
        return utf8.lexicographicallyPrecedes(other.utf8)
    }
}

import Foundation

/// Two-stage pipelining over both cores: the calling thread produces items in order, a second
/// thread consumes them in the same order, with at most `capacity` batches in flight (bounded
/// memory). A failure on either side stops both and is rethrown.
final class Handoff<Item: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [[Item]] = []
    private var finished = false
    private var cancelled = false
    private var failure: (any Error)? = nil
    private var consumerDone = false
    private let capacity: Int
    private let batchSize: Int

    init(capacity: Int = 8, batchSize: Int = 32) {
        self.capacity = capacity
        self.batchSize = batchSize
    }

    struct Stopped: Error {}

    func run(produce: (_ push: (Item) throws -> Void) throws -> Void, consume: @escaping @Sendable ([Item]) throws -> Void) throws {
        let thread = Thread { [self] in
            while true {
                condition.lock()
                while queue.isEmpty && !finished && !cancelled { condition.wait() }
                if cancelled || (queue.isEmpty && finished) { break }
                let batch = queue.removeFirst()
                condition.broadcast()
                condition.unlock()
                do { try consume(batch) } catch {
                    condition.lock()
                    failure = error
                    break
                }
            }
            consumerDone = true
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
        var batch: [Item] = []
        batch.reserveCapacity(batchSize)
        func flush() throws {
            condition.lock()
            defer { condition.unlock() }
            while queue.count >= capacity && failure == nil && !consumerDone { condition.wait() }
            if failure != nil || consumerDone { throw Stopped() }
            queue.append(batch)
            condition.broadcast()
            batch.removeAll(keepingCapacity: true)
        }
        var producerError: (any Error)? = nil
        do {
            try produce { item in
                batch.append(item)
                if batch.count >= batchSize { try flush() }
            }
            if !batch.isEmpty { try flush() }
        } catch {
            producerError = error
        }
        condition.lock()
        if producerError != nil { cancelled = true } else { finished = true }
        condition.broadcast()
        while !consumerDone { condition.wait() }
        let consumerError = failure
        condition.unlock()
        if let consumerError { throw consumerError }
        if let producerError { throw producerError }
    }
}

import Foundation

/// A bounded, ordered queue of batches between two threads. A failure anywhere stops it: `put`
/// then throws and `take` returns nil.
final class Channel<Item: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [[Item]] = []
    private var closed = false
    private var stopped = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    struct Stopped: Error {}

    func put(_ batch: [Item]) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= capacity && !stopped { condition.wait() }
        if stopped { throw Stopped() }
        queue.append(batch)
        condition.broadcast()
    }

    /// The next batch, or nil once the channel is closed and empty, or stopped.
    func take() -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !closed && !stopped { condition.wait() }
        if stopped || queue.isEmpty { return nil }
        condition.broadcast()
        return queue.removeFirst()
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Three-stage pipelining over both cores, in order: the calling thread produces items, a second
/// thread transforms each batch, a third consumes them; at most a few batches in flight (bounded
/// memory). A failure in any stage stops the others and is rethrown.
enum Pipeline {
    static func run<A: Sendable, B: Sendable>(batchSize: Int = 32, capacity: Int = 8,
                                              produce: (_ push: (A) throws -> Void) throws -> Void,
                                              transform: @escaping @Sendable ([A]) throws -> [B],
                                              consume: @escaping @Sendable ([B]) throws -> Void) throws {
        let first = Channel<A>(capacity: capacity), second = Channel<B>(capacity: capacity)
        let errors = ErrorBox()
        let done = DispatchGroup()
        func stage(_ body: @escaping @Sendable () throws -> Void) {
            done.enter()
            let thread = Thread {
                do { try body() } catch {
                    if !(error is Channel<A>.Stopped || error is Channel<B>.Stopped) { errors.record(error) }
                    first.stop(); second.stop()
                }
                done.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        stage {
            while let batch = first.take() { try second.put(try transform(batch)) }
            second.close()
        }
        stage {
            while let batch = second.take() { try consume(batch) }
        }
        var batch: [A] = []
        batch.reserveCapacity(batchSize)
        do {
            try produce { item in
                batch.append(item)
                if batch.count >= batchSize { try first.put(batch); batch.removeAll(keepingCapacity: true) }
            }
            if !batch.isEmpty { try first.put(batch) }
            first.close()
        } catch {
            if !(error is Channel<A>.Stopped) { errors.record(error) }
            first.stop(); second.stop()
        }
        done.wait()
        if let error = errors.first { throw error }
    }
}

/// The first error any stage met.
final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: (any Error)?
    func record(_ e: any Error) { lock.lock(); if error == nil { error = e }; lock.unlock() }
    var first: (any Error)? { lock.lock(); defer { lock.unlock() }; return error }
}

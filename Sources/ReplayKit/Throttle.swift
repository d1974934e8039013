import Foundation

/// Requests-per-minute and tokens-per-minute budgets, refilled continuously (token buckets).
actor Throttle {
    private let requestsPerMinute: Double?
    private let tokensPerMinute: Double?
    private var requestBudget: Double
    private var tokenBudget: Double
    private var last: Double

    init(requestsPerMinute: Double?, tokensPerMinute: Double?) {
        self.requestsPerMinute = requestsPerMinute
        self.tokensPerMinute = tokensPerMinute
        // Start with one second's worth (at least one request), so a run does not burst a minute's budget.
        requestBudget = max(1, (requestsPerMinute ?? 0) / 60)
        tokenBudget = (tokensPerMinute ?? 0) / 60
        last = Self.now()
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    private func refill() {
        let t = Self.now()
        let elapsed = t - last
        last = t
        if let rpm = requestsPerMinute { requestBudget = min(max(1, rpm / 60), requestBudget + elapsed * rpm / 60) }
        if let tpm = tokensPerMinute { tokenBudget = min(max(tpm / 60, 1), tokenBudget + elapsed * tpm / 60) }
    }

    /// Waits until one request of about `tokens` tokens fits both budgets, then spends it.
    func acquire(tokens: Double) async throws {
        guard requestsPerMinute != nil || tokensPerMinute != nil else { return }
        while true {
            refill()
            let needTokens = min(tokens, max((tokensPerMinute ?? 0) / 60, 1))
            let requestsOK = requestsPerMinute == nil || requestBudget >= 1
            let tokensOK = tokensPerMinute == nil || tokenBudget >= needTokens
            if requestsOK && tokensOK {
                if requestsPerMinute != nil { requestBudget -= 1 }
                if tokensPerMinute != nil { tokenBudget -= needTokens }
                return
            }
            var wait = 0.05
            if let rpm = requestsPerMinute, !requestsOK { wait = max(wait, (1 - requestBudget) * 60 / rpm) }
            if let tpm = tokensPerMinute, !tokensOK { wait = max(wait, (needTokens - tokenBudget) * 60 / tpm) }
            try await Task.sleep(nanoseconds: UInt64(min(wait, 5) * 1e9))
        }
    }

    /// Corrects the token budget once the real usage is known.
    func settle(estimated: Double, actual: Double) {
        guard tokensPerMinute != nil else { return }
        tokenBudget -= actual - min(estimated, max((tokensPerMinute ?? 0) / 60, 1))
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// State shared by threads, behind a mutex, with a condition to wait on until another thread
/// changes it.
final class Monitor<State>: @unchecked Sendable {
    private var state: State
    private var mutex = pthread_mutex_t()
    private var condition = pthread_cond_t()

    init(_ state: State) {
        self.state = state
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&condition, nil)
    }

    deinit {
        pthread_cond_destroy(&condition)
        pthread_mutex_destroy(&mutex)
    }

    /// Waits until `ready` holds of the state, then runs `body` on it, and wakes the other
    /// waiters when it changed it.
    func update<T>(when ready: (State) -> Bool = { _ in true }, _ body: (inout State) -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        while !ready(state) { pthread_cond_wait(&condition, &mutex) }
        let result = body(&state)
        pthread_cond_broadcast(&condition)
        return result
    }
}

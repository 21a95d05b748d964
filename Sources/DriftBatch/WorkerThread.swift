#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A POSIX thread running one closure, joined by `join()`. The batch's workers block on
/// their queue, which Dispatch's shared pool of threads must not do.
struct WorkerThread {
    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    #if canImport(Glibc)
        private var thread = pthread_t()
    #else
        private var thread: pthread_t?
    #endif

    /// Starts `body` on a new thread.
    init(_ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        let started = pthread_create(
            &thread, nil,
            { context in
                #if canImport(Glibc)
                    Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
                #else
                    Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
                #endif
                return nil
            }, context)
        precondition(started == 0, "a worker thread could not be started: \(String(cString: strerror(started)))")
    }

    /// Waits for the closure to return.
    func join() {
        #if canImport(Glibc)
            pthread_join(thread, nil)
        #else
            if let thread { pthread_join(thread, nil) }
        #endif
    }
}

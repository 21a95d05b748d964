/// What is wrong with one entry of a batch's input; it becomes the entry's error record.
struct BatchLineError: Error {
    var message: String
    var path: String?

    init(_ message: String, path: String? = nil) {
        self.message = message
        self.path = path
    }
}

public import DriftAlign
import DriftChecks
import DriftKit
public import DriftRecords
public import DriftText

/// Compares batch items one after another and makes their records: one per thread, as it
/// holds a `Comparison` per language (not thread-safe). The last references it compared stay
/// prepared, so the versions of one story, given in a row, segment and check their reference
/// once; glossaries are read once per file.
public final class BatchWorker {
    private let options: BatchOptions
    private let wordNet: WordNet?
    private let embedder: @Sendable (Language) -> (any SentenceEmbedder & Sendable)?
    private var comparisons: [String: Comparison] = [:]
    private var glossaries: [String: Glossary] = [:]

    /// Creates a worker.
    ///
    /// - Parameters:
    ///   - options: What the records hold and how files are read.
    ///   - wordNet: The synonym database, shared by the workers, or nil.
    ///   - embedder: The sentence encoder for documents in a language, or nil to judge them from
    ///     the words alone; shared by the workers, it must be safe to call from several threads.
    public init(
        options: BatchOptions, wordNet: WordNet?,
        embedder: @escaping @Sendable (Language) -> (any SentenceEmbedder & Sendable)? = { _ in nil }
    ) {
        self.options = options
        self.wordNet = wordNet
        self.embedder = embedder
    }

    /// The record of an entry: its comparison's, or the error that kept it from being made.
    public func record(for input: BatchInput) -> BatchRecord {
        switch input {
        case .failure(let record): record
        case .item(let item): record(for: item)
        }
    }

    /// The record of an item.
    public func record(for item: BatchItem) -> BatchRecord {
        let clock = ContinuousClock()
        let start = clock.now
        func failure(_ message: String, path: String?) -> BatchRecord {
            BatchRecord.failure(
                id: item.id, error: message, path: path, line: item.line, reference: item.reference.path,
                version: item.versions.count == 1 ? item.versions[0].path : nil)
        }
        let reference: Document
        do throws(BatchLineError) {
            reference = try document(item.reference, label: "reference")
        } catch {
            return failure(error.message, path: error.path)
        }
        // The item's language, else the batch's; `auto` is the reference's.
        let name = item.language ?? options.language
        guard let language = LanguageDetector().language(named: name, orOf: reference.text.string) else {
            return failure("unknown language '\(name)': give auto or a code such as en, de, fr", path: nil)
        }
        let comparison: Comparison
        do {
            comparison = try self.comparison(language)
        } catch {
            return failure("cannot compare in '\(language)': \(error)", path: nil)
        }
        let versions: [Document]
        do throws(BatchLineError) {
            comparison.glossary = try item.glossary.map { glossary throws(BatchLineError) in try self.glossary(glossary)
            }
            versions = try item.versions.enumerated().map { index, version throws(BatchLineError) in
                try document(version, label: item.versions.count == 1 ? "version" : "version \(index + 1)")
            }
        } catch {
            return failure(error.message, path: error.path)
        }
        let report = comparison.compare(reference: reference, versions: versions)
        let summaries = zip(report.versions, item.versions).map { VersionSummary($0, path: $1.path) }
        let elapsed = clock.now - start
        return BatchRecord(
            id: item.id, reference: item.reference.path, language: language.code, versions: summaries,
            comparison: options.details ? ComparisonRecord(report) : nil,
            seconds: options.timings
                ? Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18 : nil)
    }

    private func comparison(_ language: Language) throws(TextError) -> Comparison {
        if let comparison = comparisons[language.code] { return comparison }
        let comparison = try Comparison(language: language.code, wordNet: wordNet, embedder: embedder(language))
        comparisons[language.code] = comparison
        return comparison
    }

    private func document(_ text: BatchText, label: String) throws(BatchLineError) -> Document {
        switch text {
        case .file(let path):
            do {
                return try Document(contentsOf: path, lossy: options.lossy, maxBytes: options.maxBytes)
            } catch {
                throw BatchLineError(error.description, path: error.path)
            }
        case .inline(let string):
            return Document(path: label, string: string)
        }
    }

    private func glossary(_ text: BatchText) throws(BatchLineError) -> Glossary {
        if let path = text.path, let glossary = glossaries[path] { return glossary }
        let document = try document(text, label: "glossary")
        do {
            let glossary = try Glossary(tsv: document.text.string, path: document.path)
            if let path = text.path { glossaries[path] = glossary }
            return glossary
        } catch {
            throw BatchLineError("\(error)", path: document.path)
        }
    }
}

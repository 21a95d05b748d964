public import DriftRecords

/// Renders what `drift check` found in one document, as text for people or as
/// `{"path": …, "findings": […]}`.
public enum CheckRenderer {
    /// The path, then the findings; ending in a newline.
    public static func text(_ record: CheckRecord) -> String {
        "\(record.path)\n" + FindingRenderer.text(record.findings)
    }

    /// The record as JSON on one line, ending in a newline.
    public static func json(_ record: CheckRecord) -> String { RecordCoding.json(record) + "\n" }
}

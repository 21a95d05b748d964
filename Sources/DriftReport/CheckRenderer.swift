public import DriftRecords

/// Renders what `drift check` found in one document, as text for people or as
/// `{"path": …, "findings": […]}`.
public enum CheckRenderer {
    /// The path, then the findings, each wrapped to `width` columns (nil: not wrapped) and
    /// coloured by severity when `color` is on; ending in a newline.
    public static func text(_ record: CheckRecord, width: Int? = nil, color: Bool = false) -> String {
        "\(record.path)\n" + FindingRenderer.text(record.findings, width: width, color: color)
    }

    /// The record as JSON on one line, ending in a newline.
    public static func json(_ record: CheckRecord) -> String { RecordCoding.json(record) + "\n" }
}

/// Everything the page template shows.
struct Page: Encodable {
    let title: String
    /// `drift 0.1.0`.
    let generator: String
    let stories: [Story]
    let findings: [FindingItem]
    /// `12 findings`.
    let findingSummary: String
    let severityOptions: [LabelledValue]
    let categoryOptions: [LabelledValue]
    let documentOptions: [LabelledValue]
    /// The inline stylesheet and script, and the Content-Security-Policy that admits only them.
    let css: String
    let script: String
    let contentSecurityPolicy: String
}

import Mustache

/// Everything the page template shows.
struct Page {
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

/// Fields by name without reflection (see `TextPiece`).
extension Page: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "generator": generator
        case "stories": stories
        case "findings": findings
        case "findingSummary": findingSummary
        case "severityOptions": severityOptions
        case "categoryOptions": categoryOptions
        case "documentOptions": documentOptions
        case "css": css
        case "script": script
        case "contentSecurityPolicy": contentSecurityPolicy
        default: nil
        }
    }
}

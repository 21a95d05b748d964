import Foundation

/// The Content-Security-Policy of drift's pages: nothing remote, and only the page's own
/// inline style and script, admitted by their hashes.
enum ContentSecurityPolicy {
    /// The policy admitting `css` and `script`.
    static func admitting(css: String, script: String) -> String {
        "default-src 'none'; style-src '\(hash(css))'; script-src '\(hash(script))'; "
            + "img-src data:; base-uri 'none'; form-action 'none'"
    }

    /// `sha256-…` of an inline element's text, as CSP's hash sources are written.
    static func hash(_ text: String) -> String {
        "sha256-" + Data(SHA256.digest(Array(text.utf8))).base64EncodedString()
    }
}

public import DriftKit

/// The judge's evidence in JSON: the readable sentences (`evidence`) and the typed items
/// (`accounting`).
public enum EvidenceRenderer {
    /// `["lost verb: praised", …]`.
    public static func sentences(_ evidence: [Evidence]) -> JSONValue {
        .array(evidence.map { .string($0.description) })
    }

    /// `[{"kind": "antonym", "reference": "praised", "version": "criticised"}, {"kind": "lost",
    /// "role": "verb", "reference": "praised", "version": ""}, …]`; `meaning` tells whether the
    /// item is evidence of a meaning edit.
    public static func accounting(_ evidence: [Evidence]) -> JSONValue {
        .array(
            evidence.map { item in
                let sides = item.sides
                var members: [(String, JSONValue)] = [("kind", .string(item.kind))]
                if let role = item.role { members.append(("role", .string(role.rawValue))) }
                members += [
                    ("reference", .string(sides.reference)), ("version", .string(sides.version)),
                    ("meaning", .bool(item.changesMeaning)),
                ]
                return .object(members)
            })
    }
}

/// The MQM error category of a finding.
public enum Category: String, Sendable, Hashable, CaseIterable, Codable {
    case mistranslation = "accuracy/mistranslation"
    case omission = "accuracy/omission"
    case addition = "accuracy/addition"
    case grammar = "fluency/grammar"
    case spelling = "fluency/spelling"
    case terminology
    case style
    case localeConvention = "locale convention"
    case nonTranslation = "non-translation"
    case other
}

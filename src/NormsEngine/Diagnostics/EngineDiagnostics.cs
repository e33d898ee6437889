namespace NormsEngine.Diagnostics;

/// <summary>
/// Descriptors of the engine's own diagnostics (NE IDs): problems with input, packs and configuration are
/// findings like any other.
/// </summary>
public static class EngineDiagnostics
{
    private const string Category = "Engine";

    /// <summary>NE0001: the input is not valid YAML.</summary>
    public static RuleDescriptor InvalidYaml { get; } = Create(
        "NE0001", "The document is valid YAML", "{0}",
        "The input could not be parsed as YAML. The message is the parser's, at the line and column where it stopped.",
        "Fix the YAML syntax at the reported position; indent with spaces, never tabs.");

    /// <summary>NE0002: an unknown field.</summary>
    public static RuleDescriptor UnknownField { get; } = Create(
        "NE0002", "Every field is a known field", "{0}",
        "The field is not part of the practices document (organisation-v1). Unknown fields are errors so that a typo never hides a practice; names starting with x- are kept for custom packs.",
        "Rename the field to the suggested name, or prefix it with x- to keep it as an extension.");

    /// <summary>NE0003: a value of the wrong type, out of range, or an unknown enum value.</summary>
    public static RuleDescriptor InvalidValue { get; } = Create(
        "NE0003", "Every value has the field's type", "{0}",
        "The value does not have the field's type, is out of range, or is not one of the field's values.",
        "Write a value of the expected type; the message names it.");

    /// <summary>NE0004: a duplicate key.</summary>
    public static RuleDescriptor DuplicateKey { get; } = Create(
        "NE0004", "Keys are unique in a mapping", "{0}",
        "A mapping has the same key twice; YAML forbids it and the intended value is ambiguous.",
        "Remove or merge one of the two entries.");

    /// <summary>NE0005: a safety limit was exceeded.</summary>
    public static RuleDescriptor LimitExceeded { get; } = Create(
        "NE0005", "The document is within the safety limits", "{0}",
        "The input exceeds a safety limit: input size (default 4 MiB), nesting depth (64), alias references (1,000), nodes (100,000, counted with aliases expanded), documents per input (1,000) or what aliases may repeat in one input (characters and nodes, as much as the input size limit). Reading stops there so that hostile input cannot exhaust memory or the stack, or multiply the output.",
        "Split the document, flatten it, or raise the limit in the reader options if the input is trusted.");

    /// <summary>NE0006: missing or unsupported apiVersion or kind.</summary>
    public static RuleDescriptor UnsupportedKind { get; } = Create(
        "NE0006", "The document declares apiVersion norms/v1 and kind Organisation", "{0}",
        "Every practices document starts with apiVersion: norms/v1 and kind: Organisation.",
        "Add or correct apiVersion and kind.");

    /// <summary>NE0007: a required field is missing.</summary>
    public static RuleDescriptor MissingRequiredField { get; } = Create(
        "NE0007", "Required fields are present", "{0}",
        "A field that the practices document requires (metadata.name, each supplier's name) is missing.",
        "Add the field.");

    /// <summary>
    /// NE0008: an input could not be read (a missing file, a folder, no permission, a read error). A run finding
    /// located at the input, with the operating system's reason; it cannot be lowered by configuration and always
    /// makes the tool exit with 2, and SARIF marks the run's execution as unsuccessful.
    /// </summary>
    public static RuleDescriptor InputUnreadable { get; } = Create(
        "NE0008", "Every input can be read", "{0}",
        "An input named on the command line could not be read: it does not exist, is not a file, cannot be opened or failed while being read; the message gives the operating system's reason. Nothing of it was checked, so the run cannot vouch for it. This diagnostic cannot be lowered by configuration: it always makes the tool exit with 2 (the tool could not do its job), whatever failOn says.",
        "Check the path and the file's permissions, or leave the input out of the run.");

    /// <summary>
    /// NE0009: the document's <c>metadata.assessedOn</c> is later than today (from the evaluator's
    /// <see cref="TimeProvider"/>). A warning: the document is still evaluated, and when it gives the as-of date,
    /// with that date, so every age check measures against a day that has not come.
    /// </summary>
    public static RuleDescriptor AssessedInTheFuture { get; } = RuleDescriptor.Create(
        "NE0009", "The assessment date is not in the future", "{0}",
        Category, Severity.Warning,
        "The document's metadata.assessedOn is later than today. An assessment cannot have happened yet, so the date is most likely a typo; when it is the as-of date, every age check (olderThanDays, the date of the last restore test or supplier assessment) compares with a day that has not come and finds evidence younger than it is.",
        "Correct metadata.assessedOn to the day the assessment was made, or leave it out so that today is the as-of date.",
        tags: ["engine"], packFolder: "engine");

    /// <summary>NE0101: a rule pack cannot be loaded.</summary>
    public static RuleDescriptor PackLoadFailed { get; } = Create(
        "NE0101", "Rule packs load", "{0}",
        "A rule pack could not be loaded: the file, line, column and reason are given.",
        "Fix the pack at the reported position.");

    /// <summary>NE0102: two packs define the same rule ID.</summary>
    public static RuleDescriptor DuplicateRuleId { get; } = Create(
        "NE0102", "Rule IDs are unique across packs", "{0}",
        "Two loaded packs define the same rule ID; IDs must be unique so that configuration and suppressions are unambiguous.",
        "Rename one of the rules, or do not load both packs.");

    /// <summary>NE0103: the configuration file is invalid.</summary>
    public static RuleDescriptor InvalidConfiguration { get; } = Create(
        "NE0103", "The configuration file is valid", "{0}",
        "norms.config.yaml could not be read or has an invalid setting; the location is given.",
        "Fix the configuration at the reported position.");

    /// <summary>NE0201: a rule applies but values it needs are not declared.</summary>
    public static RuleDescriptor InsufficientData { get; } = RuleDescriptor.Create(
        "NE0201", "Applicable rules have the data they need", "{0} applies but these paths are not declared: {1}",
        Category, Severity.Warning,
        "A rule applies to the organisation but a value it needs is not declared, so it can neither pass nor fail. Not declared is never a pass.",
        "Declare the missing values; the finding points at the nearest declared section.",
        tags: ["engine"], packFolder: "engine");

    /// <summary>NE0301: a suppression has expired.</summary>
    public static RuleDescriptor SuppressionExpired { get; } = Create(
        "NE0301", "Suppressions are current", "{0}",
        "A suppression's expiry date has passed; the finding it covered is reported again.",
        "Fix the finding, or renew the suppression with a new expiry and justification.");

    /// <summary>NE0302: a suppression matched nothing.</summary>
    public static RuleDescriptor SuppressionUnused { get; } = RuleDescriptor.Create(
        "NE0302", "Suppressions match findings", "{0}",
        Category, Severity.Warning,
        "A suppression matched no finding: it is stale and should be removed.",
        "Remove the suppression.",
        tags: ["engine"], packFolder: "engine");

    /// <summary>NE0303: a suppression has no justification.</summary>
    public static RuleDescriptor SuppressionUnjustified { get; } = Create(
        "NE0303", "Suppressions carry a justification", "{0}",
        "Every suppression must say why the finding is accepted.",
        "Add a justification to the suppression.");

    /// <summary>Every engine descriptor, NE0001 to NE0303.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        InvalidYaml, UnknownField, InvalidValue, DuplicateKey, LimitExceeded, UnsupportedKind, MissingRequiredField,
        InputUnreadable, AssessedInTheFuture, PackLoadFailed, DuplicateRuleId, InvalidConfiguration, InsufficientData,
        SuppressionExpired, SuppressionUnused, SuppressionUnjustified,
    ];

    /// <summary>The descriptors of the document diagnostics, NE0001 to NE0007.</summary>
    public static IReadOnlyList<RuleDescriptor> DocumentDiagnostics { get; } =
        [InvalidYaml, UnknownField, InvalidValue, DuplicateKey, LimitExceeded, UnsupportedKind, MissingRequiredField];

    /// <summary>
    /// Whether a finding of <paramref name="descriptor"/> at error severity keeps its document from being evaluated:
    /// NE0001 to NE0007 (evaluation.md). Configuration may lower NE0002, NE0003 and NE0007, never the others.
    /// </summary>
    internal static bool StopsEvaluation(RuleDescriptor descriptor) =>
        descriptor.Id is "NE0001" or "NE0002" or "NE0003" or "NE0004" or "NE0005" or "NE0006" or "NE0007";

    /// <summary>
    /// Whether configuration may not change the rule's severity: NE0001 (not YAML), NE0004 (duplicate key), NE0005
    /// (over a limit) and NE0006 (not a practices document) leave nothing the engine could evaluate without guessing.
    /// </summary>
    internal static bool CannotBeLowered(string id) => id is "NE0001" or "NE0004" or "NE0005" or "NE0006";

    private static RuleDescriptor Create(string id, string title, string format, string description, string remediation) =>
        RuleDescriptor.Create(id, title, format, Category, Severity.Error, description, remediation, tags: ["engine"], packFolder: "engine");
}

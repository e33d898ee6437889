using System.Globalization;

namespace NormsEngine.Diagnostics;

/// <summary>
/// Everything that stays the same about a rule: its stable ID, title, message format, default severity and
/// documentation. Findings refer to their descriptor; configuration changes the effective severity, never the descriptor.
/// Create descriptors with <see cref="Create"/>.
/// </summary>
public sealed class RuleDescriptor
{
    /// <summary>Where the pages of the packs kept in this repository live (<c>rules/FOLDER/ID.md</c>).</summary>
    internal const string HelpBase = "https://github.com/normsengine/normsengine/blob/main/rules/";

    private RuleDescriptor(
        string id,
        string title,
        string messageFormat,
        string description,
        string category,
        string? principle,
        Severity defaultSeverity,
        bool isEnabledByDefault,
        Uri? helpUri,
        string remediation,
        IReadOnlyList<string> references,
        IReadOnlyList<string> tags)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Description = description;
        Category = category;
        Principle = principle;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        HelpUri = helpUri;
        Remediation = remediation;
        References = references;
        Tags = tags;
    }

    /// <summary>Stable rule ID, letters then digits (for example <c>PC0702</c> or <c>NE0002</c>).</summary>
    public string Id { get; }

    /// <summary>Short statement of what must hold.</summary>
    public string Title { get; }

    /// <summary>Composite format string for the message; arguments are the values found.</summary>
    public string MessageFormat { get; }

    /// <summary>Longer description of what the rule checks and why.</summary>
    public string Description { get; }

    /// <summary>Category: the principle's short name for pack rules, <c>Engine</c> for engine diagnostics.</summary>
    public string Category { get; }

    /// <summary>The Paris Call principle (<c>P1</c> to <c>P9</c>) the rule belongs to, or <c>null</c> for engine diagnostics.</summary>
    public string? Principle { get; }

    /// <summary>Severity before configuration.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Whether the rule runs when configuration says nothing about it.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>
    /// The rule's documentation page, or <c>null</c> when the rule has none: only a link the pack gives, or one
    /// derived from a pack folder that holds the rule's page, never a made-up one.
    /// </summary>
    public Uri? HelpUri { get; }

    /// <summary>How to fix what the rule finds.</summary>
    public string Remediation { get; }

    /// <summary>Standards and texts the rule rests on (NIST CSF, CIS Controls, ISO/IEC 27001, MANRS, RFCs, the Call).</summary>
    public IReadOnlyList<string> References { get; }

    /// <summary>Free tags for filtering and SARIF.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>
    /// Creates a descriptor. The help link is <paramref name="helpUri"/> when given, else derived from the ID and
    /// <paramref name="packFolder"/> when that is given, else there is none.
    /// </summary>
    /// <param name="id">Stable ID: letters then digits.</param>
    /// <param name="title">Short statement of what must hold.</param>
    /// <param name="messageFormat">Composite format for messages.</param>
    /// <param name="category">Category for grouping.</param>
    /// <param name="defaultSeverity">Severity before configuration.</param>
    /// <param name="description">Longer description.</param>
    /// <param name="remediation">How to fix.</param>
    /// <param name="principle">Principle ID (<c>P1</c>..<c>P9</c>) or <c>null</c>.</param>
    /// <param name="references">Standards the rule rests on.</param>
    /// <param name="tags">Free tags.</param>
    /// <param name="packFolder">Folder under <c>rules/</c> of this repository that holds the rule's page (<c>ID.md</c>); used to derive the help link. <c>null</c> (the default) when the rule has no page there.</param>
    /// <param name="helpUri">Explicit help link, overriding the derived one.</param>
    /// <param name="isEnabledByDefault">Whether the rule runs by default.</param>
    /// <returns>The descriptor.</returns>
    public static RuleDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        Severity defaultSeverity,
        string description,
        string remediation,
        string? principle = null,
        IReadOnlyList<string>? references = null,
        IReadOnlyList<string>? tags = null,
        string? packFolder = null,
        Uri? helpUri = null,
        bool isEnabledByDefault = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!IsValidId(id))
        {
            throw new ArgumentException($"Rule ID '{id}' must be letters followed by digits.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(messageFormat);
        return new RuleDescriptor(
            id,
            title,
            messageFormat,
            description ?? string.Empty,
            category ?? string.Empty,
            principle,
            defaultSeverity,
            isEnabledByDefault,
            helpUri ?? (packFolder is null ? null : new Uri(HelpBase + packFolder + "/" + id + ".md")),
            remediation ?? string.Empty,
            references ?? [],
            tags ?? []);
    }

    /// <summary>
    /// Formats the message with the values found, invariantly; a <see cref="DateOnly"/> without a format of its own in
    /// the message (<c>{0}</c>, not <c>{0:MMMM yyyy}</c>) is written as the documents write dates, <c>yyyy-MM-dd</c>,
    /// so a rule passes dates as they are and pays for formatting only when its message is used.
    /// </summary>
    /// <param name="args">Values for the message format.</param>
    /// <returns>The message.</returns>
    public string FormatMessage(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(DocumentDates.Instance, MessageFormat, args);

    /// <summary>The invariant culture, with dates written <c>yyyy-MM-dd</c> unless the message gives a format.</summary>
    private sealed class DocumentDates : IFormatProvider, ICustomFormatter
    {
        public static readonly DocumentDates Instance = new();

        public object? GetFormat(Type? formatType) =>
            formatType == typeof(ICustomFormatter) ? this : CultureInfo.InvariantCulture.GetFormat(formatType);

        public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
        {
            DateOnly date => date.ToString(string.IsNullOrEmpty(format) ? "yyyy-MM-dd" : format, CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
            null => string.Empty,
            _ => arg.ToString() ?? string.Empty,
        };
    }

    /// <summary>Whether <paramref name="id"/> is letters followed by digits.</summary>
    /// <param name="id">A candidate ID.</param>
    /// <returns><c>true</c> when the ID is well formed.</returns>
    public static bool IsValidId(string id)
    {
        var i = 0;
        while (i < id.Length && char.IsAsciiLetter(id[i]))
        {
            i++;
        }

        if (i == 0 || i == id.Length)
        {
            return false;
        }

        for (; i < id.Length; i++)
        {
            if (!char.IsAsciiDigit(id[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Id;
}

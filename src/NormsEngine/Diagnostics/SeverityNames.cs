using System.Text;

namespace NormsEngine.Diagnostics;

/// <summary>
/// The names of the severities as configuration, rule packs, the command line and reports write them: <c>error</c>,
/// <c>warning</c>, <c>info</c> and <c>none</c> (turned off). One table, so that every place reads and writes the same words.
/// </summary>
public static class SeverityNames
{
    /// <summary>Every severity name, most serious first: <c>error</c>, <c>warning</c>, <c>info</c>, <c>none</c>.</summary>
    public static IReadOnlyList<string> All { get; } = ["error", "warning", "info", "none"];

    /// <summary>The severities a rule can have by default (<c>none</c> is for configuration, which turns a rule off).</summary>
    public static IReadOnlyList<string> RuleDefaults { get; } = ["error", "warning", "info"];

    /// <summary>The name of a severity: <c>warning</c> for <see cref="Severity.Warning"/>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>Its name.</returns>
    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        Severity.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a severity."),
    };

    /// <summary>Reads a severity name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="ignoreCase">
    /// Whether <c>Warning</c> or <c>ERROR</c> are read too: configuration files accept the names in any (ASCII) case,
    /// as configuration.schema.json does; rule packs and the command line take them as written.
    /// </param>
    /// <param name="severity">The severity named.</param>
    /// <returns>Whether <paramref name="name"/> is a severity name.</returns>
    public static bool TryParse(string? name, bool ignoreCase, out Severity severity)
    {
        foreach (var candidate in (Severity[])[Severity.Error, Severity.Warning, Severity.Info, Severity.None])
        {
            if (name is not null && (ignoreCase ? Ascii.EqualsIgnoreCase(name, Name(candidate)) : name == Name(candidate)))
            {
                severity = candidate;
                return true;
            }
        }

        severity = default;
        return false;
    }
}

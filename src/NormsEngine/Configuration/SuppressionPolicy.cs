using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;

namespace NormsEngine.Configuration;

/// <summary>
/// Applies suppressions (in-document <c># norms-ignore</c> comments, then the configuration's) and the baseline to a
/// document's findings. Suppressed and baselined findings stay in the report, marked.
/// </summary>
internal sealed partial class SuppressionPolicy
{
    private readonly List<(SuppressionRule Rule, Glob? Document)> _rules = [];

    public SuppressionPolicy(IReadOnlyList<SuppressionRule> rules, DateOnly today)
    {
        foreach (var rule in rules)
        {
            if (Problem(rule, today) is null)
            {
                _rules.Add((rule, rule.Document is { } glob ? new Glob(glob) : null));
            }
        }
    }

    /// <summary>NE0303 for a configuration suppression without justification, NE0301 for an expired one; otherwise <c>null</c>.</summary>
    public static Finding? Problem(SuppressionRule rule, DateOnly today)
    {
        var at = rule.Location ?? new SourceLocation(null, "suppressions", 0, 0, 0, 0);
        if (string.IsNullOrWhiteSpace(rule.Justification))
        {
            return new Finding(EngineDiagnostics.SuppressionUnjustified,
                $"The suppression of {rule.Rule} has no justification; it is not applied. Say why the finding is accepted.", at);
        }

        if (rule.Expires is { } expires && expires < today)
        {
            return new Finding(EngineDiagnostics.SuppressionExpired,
                $"The suppression of {rule.Rule} expired on {expires:yyyy-MM-dd}{(rule.Owner is { } owner ? $" (owner: {MessageText.Quote(owner)})" : string.Empty)}; the findings it covered are reported again.", at);
        }

        return null;
    }

    /// <summary>Whether a finding was suppressed by this configuration suppression.</summary>
    public static bool IsFrom(Finding finding, SuppressionRule rule) =>
        finding.Suppression is { Kind: SuppressionKind.External } s && s.Source == rule.Location && s.Justification == rule.Justification;

    public List<Finding> Apply(PracticesDocument document, List<Finding> findings, Baseline? baseline)
    {
        var result = new List<Finding>(findings.Count);
        var inDocument = InDocument(document, result);
        var used = new HashSet<int>();

        // A document's findings name its file: each glob is matched once per file, not once per finding.
        var globMatches = new bool?[_rules.Count];
        string? globFile = null;
        foreach (var finding in findings)
        {
            var current = finding;
            for (var i = 0; i < inDocument.Count && current.Suppression is null; i++)
            {
                var directive = inDocument[i];
                if (directive.Target is { } target && directive.Ids.Any(id => Covers(id, current)) && IsUnder(current.Location.Path, target))
                {
                    used.Add(i);
                    current = current with { Suppression = new Suppression(SuppressionKind.InSource, directive.Justification, Source: directive.Location) };
                }
            }

            var file = current.Location.File ?? string.Empty;
            if (file != globFile)
            {
                Array.Clear(globMatches);
                globFile = file;
            }

            for (var r = 0; r < _rules.Count && current.Suppression is null; r++)
            {
                var (rule, glob) = _rules[r];
                if (Covers(rule.Rule, current) && PathMatches(rule.Path, current.Location.Path) && (glob is null || (globMatches[r] ??= glob.IsMatch(file))))
                {
                    current = current with { Suppression = new Suppression(SuppressionKind.External, rule.Justification!, rule.Owner, rule.Expires, rule.Location) };
                }
            }

            if (baseline is not null && current.Fingerprint.Length > 0)
            {
                current = current with { BaselineState = baseline.Fingerprints.Contains(current.Fingerprint) ? BaselineState.Unchanged : BaselineState.New };
            }

            result.Add(current);
        }

        for (var i = 0; i < inDocument.Count; i++)
        {
            if (!used.Contains(i))
            {
                var directive = inDocument[i];
                result.Add(new Finding(EngineDiagnostics.SuppressionUnused,
                    $"This norms-ignore comment for {string.Join(", ", directive.Ids)} matched no finding{(directive.Target is null ? " (no node stands on its line or the line below)" : $" under {directive.Target}")}; remove it.",
                    directive.Location));
            }
        }

        return result;
    }

    /// <summary>Whether suppressing <paramref name="id"/> covers the finding: its rule, or the NE0201 that names that rule.</summary>
    private static bool Covers(string id, Finding finding)
    {
        if (id.EndsWith('*'))
        {
            return finding.RuleId.StartsWith(id[..^1], StringComparison.Ordinal);
        }

        return finding.RuleId == id
            || (finding.RuleId == EngineDiagnostics.InsufficientData.Id && finding.Message.StartsWith(id + " ", StringComparison.Ordinal));
    }

    private static bool PathMatches(string? pattern, string path) =>
        pattern is null
        || (pattern.EndsWith(".*", StringComparison.Ordinal) ? IsUnder(path, pattern[..^2]) : path == pattern);

    private static bool IsUnder(string path, string root) =>
        path == root
        || (path.StartsWith(root, StringComparison.Ordinal) && path.Length > root.Length && path[root.Length] is '.' or '[');

    private static List<Directive> InDocument(PracticesDocument document, List<Finding> problems)
    {
        var directives = new List<Directive>();
        foreach (var comment in document.Comments)
        {
            if (!comment.Text.StartsWith(DocumentLoader.SuppressionDirective, StringComparison.Ordinal))
            {
                continue;
            }

            var location = new SourceLocation(document.File, string.Empty, comment.Line, comment.Column, comment.Line, comment.Column + comment.Text.Length + 1);
            var match = DirectivePattern().Match(comment.Text);
            if (!match.Success || match.Groups["reason"].Value.Trim().Length == 0)
            {
                problems.Add(new Finding(EngineDiagnostics.SuppressionUnjustified,
                    $"A norms-ignore comment needs rule IDs and a justification: '# norms-ignore {ExampleIds(comment.Text)}: why the finding is accepted'; it is not applied.",
                    location));
                continue;
            }

            var ids = match.Groups["ids"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var target = document.SourceMap.OutermostPathOnLine(comment.IsInline ? comment.Line : comment.Line + 1);
            directives.Add(new Directive(ids, match.Groups["reason"].Value.Trim(), target, location with { Path = target ?? string.Empty }));
        }

        return directives;
    }

    /// <summary>
    /// The rule IDs a malformed comment names, for its example to show the comment as it should read; a placeholder
    /// when it names none (an example with some other rule's ID would read as advice to suppress that rule).
    /// </summary>
    private static string ExampleIds(string comment)
    {
        var ids = LeadingIdsPattern().Match(comment);
        return ids.Success ? string.Join(", ", ids.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries)) : "<rule ID>";
    }

    [GeneratedRegex(@"^norms-ignore\s+(?<ids>[A-Za-z]+\d+\*?(?:\s*,\s*[A-Za-z]+\d+\*?)*)(?![A-Za-z0-9*])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadingIdsPattern();

    [GeneratedRegex(@"^norms-ignore\s+(?<ids>[A-Za-z]+\d+\*?(?:\s*,\s*[A-Za-z]+\d+\*?)*)\s*(?::(?<reason>.*))?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DirectivePattern();

    private sealed record Directive(string[] Ids, string Justification, string? Target, SourceLocation Location);
}

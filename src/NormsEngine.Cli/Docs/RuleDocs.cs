using System.Text;
using System.Text.RegularExpressions;
using NormsEngine.Cli.Commands;
using NormsEngine.Diagnostics;
using NormsEngine.Packs;
using NormsEngine.Rules;

namespace NormsEngine.Cli.Docs;

/// <summary>
/// Markdown pages for a pack's rules, in the shape of <c>rules/paris-call/</c>: a title, a table (ID, principle,
/// severity, scope, checks), then Cause, Rule description, How to fix, When to suppress, Example and References.
/// A YAML pack's rules describe themselves (<see cref="IDescribedRulePack"/>): scope and checks come from the compiled
/// rule, in the same words explanations use. The same pack gives the same bytes.
/// </summary>
internal static partial class RuleDocs
{
    /// <summary>The page of one rule.</summary>
    /// <param name="rule">The rule's descriptor.</param>
    /// <param name="source">The rule in words (its names in code spans), or <c>null</c> for a C# or built-in rule.</param>
    /// <param name="principles">Principle titles by ID.</param>
    public static string Page(RuleDescriptor rule, RuleDescription? source, IReadOnlyDictionary<string, string> principles)
    {
        var page = new StringBuilder();
        void Line(string text = "") => page.Append(text).Append('\n');
        void Heading(string text)
        {
            Line();
            Line("## " + text);
            Line();
        }

        Line($"# {rule.Id}: {Escape(rule.Title)}");
        Line();
        Line("| | |");
        Line("| --- | --- |");
        Line($"| Rule ID | {rule.Id} |");
        Line($"| Principle | {PrincipleName(rule.Principle, principles)} |");
        Line($"| Default severity | {RulesCommand.Name(rule.DefaultSeverity)}{(rule.IsEnabledByDefault ? string.Empty : " (off unless configured)")} |");
        Line($"| Scope | {Cell(Scope(rule, source))} |");
        Line($"| Checks | {Cell(source is { CheckedPaths.Count: > 0 } ? string.Join(", ", source.CheckedPaths.Select(Code)) : "see the rule description")} |");

        Heading("Cause");
        Line(Cause(rule, source));

        Heading("Rule description");
        Line(rule.Description.Length > 0 ? rule.Description.Trim() : rule.Title.Trim() + ".");
        if (source is not null)
        {
            Line();
            Line(Escape(source.Summary) + " When a value it needs is not declared, it reports insufficient data (NE0201): not declared is never a pass.");
        }

        Heading("How to fix");
        Line(rule.Remediation.Length > 0
            ? rule.Remediation.Trim()
            : $"Change the practices, and the document that declares them, so that this holds: {Lower(rule.Title)}.");

        Heading("When to suppress");
        Line("Only when the finding is accepted for a reason that the document cannot express, for a limited time: every");
        Line("suppression carries a justification (NE0303 without one) and, in the configuration, an owner and an expiry");
        Line("date, after which the finding comes back (NE0301).");

        Heading("Example");
        Example(page, rule, source);

        Heading("References");
        if (rule.References.Count == 0)
        {
            Line("None given.");
        }
        else
        {
            foreach (var reference in rule.References)
            {
                Line("- " + reference);
            }
        }

        return page.ToString();
    }

    /// <summary>The index page: the pack and a table of its rules, linked to their pages.</summary>
    public static string Index(IReadOnlyList<IRulePack> packs, IReadOnlyList<RuleDescriptor> rules, IReadOnlyDictionary<string, string> principles)
    {
        var page = new StringBuilder();
        void Line(string text = "") => page.Append(text).Append('\n');
        Line(packs.Count == 1 ? $"# {Escape(packs[0].Title)}" : "# Rules");
        Line();
        foreach (var pack in packs.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            Line($"Pack `{pack.Id}` version {pack.Version}{(pack.Owner.Length > 0 ? $", maintained by {Escape(pack.Owner)}" : string.Empty)}: {pack.Descriptors.Count} rule{(pack.Descriptors.Count == 1 ? string.Empty : "s")}.");
            Line();
        }

        Line("| ID | Title | Principle | Default severity |");
        Line("| --- | --- | --- | --- |");
        foreach (var rule in rules)
        {
            Line($"| [{rule.Id}]({rule.Id}.md) | {Cell(rule.Title)} | {PrincipleName(rule.Principle, principles)} | {RulesCommand.Name(rule.DefaultSeverity)} |");
        }

        return page.ToString();
    }

    private static string PrincipleName(string? id, IReadOnlyDictionary<string, string> principles) =>
        id is null ? "none" : principles.TryGetValue(id, out var title) ? $"{id} {title}" : id;

    /// <summary>Describes a rule of <paramref name="packs"/> that can describe its rules, its names set off as Markdown code; <c>null</c> otherwise.</summary>
    public static RuleDescription? Describe(IEnumerable<IRulePack> packs, string ruleId) =>
        packs.OfType<IDescribedRulePack>().Select(p => p.Describe(ruleId, Code)).FirstOrDefault(d => d is not null);

    private static string Scope(RuleDescriptor rule, RuleDescription? source)
    {
        if (source is not null)
        {
            var each = source.ForEach is null ? null : $"each item of {Code(source.ForEach)}";
            return (each, source.AppliesWhen) switch
            {
                (null, null) => "all",
                (null, { } when) => when,
                ({ } items, null) => items,
                ({ } items, { } when) => $"{items} where {when}",
            };
        }

        var scopes = rule.Tags.Where(t => t.StartsWith("scope:", StringComparison.Ordinal)).Select(t => t["scope:".Length..]).ToList();
        return scopes.Count > 0 ? string.Join(", ", scopes) : "all";
    }

    private static string Cause(RuleDescriptor rule, RuleDescription? source)
    {
        var text = new StringBuilder();
        text.Append(source is null
            ? $"The document does not meet the rule: {Lower(rule.Title)}."
            : $"{(source.ForEach is null ? "This" : $"For an item of {Code(source.ForEach)}, this")} does not hold: {Lower(rule.Title)}, because {Escape(source.FailsWhen)}.");
        var message = source?.Message ?? Placeholder().Replace(rule.MessageFormat, "…");
        if (message.Length > 0 && message != "…")
        {
            text.Append(" The finding says what was found:\n\n> ").Append(message.Replace("\n", " ", StringComparison.Ordinal));
        }

        return text.ToString();
    }

    private static void Example(StringBuilder page, RuleDescriptor rule, RuleDescription? source)
    {
        var first = source is { CheckedPaths.Count: > 0 } ? source.CheckedPaths[0] : null;
        var isItem = first?.StartsWith("item.", StringComparison.Ordinal) == true;
        var top = first is null ? null : (isItem ? source!.ForEach ?? first : first).Split('.')[0];
        page.Append("In the document, a comment on a node's line or the line above it suppresses the rule's findings at that\n")
            .Append("node and below it:\n\n```yaml\n");
        page.Append($"# norms-ignore {rule.Id}: <why this is accepted, and until when>\n");
        page.Append(top is null ? "section:\n" : $"{top}:\n");
        page.Append("```\n\nOr in `norms.config.yaml`, with an owner and an expiry:\n\n```yaml\nsuppressions:\n");
        page.Append($"  - rule: {rule.Id}\n");
        if (first is not null && !isItem)
        {
            page.Append($"    path: {first}\n");
        }

        page.Append("    justification: <why this is accepted>\n    owner: security@example.org\n    expires: 2027-03-31\n```\n");
    }

    /// <summary>A Markdown code span; one holding a backtick is fenced with two.</summary>
    private static string Code(string text) => text.Contains('`', StringComparison.Ordinal) ? $"`` {text} ``" : $"`{text}`";

    private static string Escape(string text) => text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Cell(string text) => Escape(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Lower(string text)
    {
        var trimmed = text.Trim().TrimEnd('.');
        return trimmed.Length > 1 && char.IsUpper(trimmed[0]) && !char.IsUpper(trimmed[1]) ? char.ToLowerInvariant(trimmed[0]) + trimmed[1..] : trimmed;
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Placeholder();
}

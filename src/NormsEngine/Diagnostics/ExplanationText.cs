using System.Globalization;

namespace NormsEngine.Diagnostics;

/// <summary>
/// Explanations in words, the same in every output (<c>norms explain</c> in text and Markdown, the JSON report): a value
/// with its line, a threshold with its source, the as-of date with its source, a scope, and a principle's reason in
/// one sentence. The text holds document values as they are: pass it through <see cref="MessageText.Line(string)"/>
/// (and the output's own escaping) before showing it.
/// </summary>
public static class ExplanationText
{
    /// <summary>A value read: "roles.criticalInfrastructure = true (line 24, column 3)", "hygiene.mfa.adminPct: not declared".</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value in words.</returns>
    public static string Describe(ValueEvidence value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var age = value.AgeInDays is { } days ? string.Create(CultureInfo.InvariantCulture, $", {days} days before the as-of date") : string.Empty;
        return value switch
        {
            { Value: null } => value.Path + ": not declared",
            { Declared: false } => $"{value.Path} = {value.Value} (not declared: the default)",
            _ => string.Create(CultureInfo.InvariantCulture, $"{value.Path} = {value.Value} (line {value.Line}, column {value.Column}{age})"),
        };
    }

    /// <summary>A threshold: "criticalPatchSlaDays = 14 (default of paris-call)", "... (norms.config.yaml, line 9)".</summary>
    /// <param name="threshold">The threshold.</param>
    /// <returns>The threshold in words.</returns>
    public static string Describe(ThresholdEvidence threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        var source = threshold.Source switch
        {
            ThresholdSource.Configuration => string.Create(CultureInfo.InvariantCulture, $"{threshold.Origin ?? "configuration"}, line {threshold.Line}"),
            ThresholdSource.Pack => $"pack {threshold.Origin}, which overrides the default",
            ThresholdSource.Options => "set in code, in the evaluation's or the engine's options",
            _ => threshold.Origin is { } pack ? "default of " + pack : "default",
        };
        return $"{threshold.Name} = {threshold.Value.ToString(CultureInfo.InvariantCulture)} ({source})";
    }

    /// <summary>The as-of date: "2025-04-26 (metadata.assessedOn, line 6)", "2025-04-26 (given by the caller)".</summary>
    /// <param name="asOf">The as-of date and its source.</param>
    /// <returns>The date in words.</returns>
    public static string Describe(AsOfEvidence asOf)
    {
        ArgumentNullException.ThrowIfNull(asOf);
        var date = asOf.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return asOf.Source switch
        {
            AsOfSource.Caller => date + " (given by the caller: --as-of or the evaluation's options)",
            AsOfSource.Document => string.Create(CultureInfo.InvariantCulture, $"{date} (metadata.assessedOn, line {asOf.Line})"),
            _ => date + " (today: the document gives no metadata.assessedOn)",
        };
    }

    /// <summary>A scope: "essentialService holds: essential-service rules need ...".</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>The scope in words.</returns>
    public static string Describe(ScopeEvidence scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return $"{scope.Name} {(scope.Holds ? "holds" : "does not hold")}: {scope.Description}";
    }

    /// <summary>
    /// A principle's verdict in one sentence, from its rules' explanations: what passed, what failed (with severities),
    /// what lacks data, and when nothing applies, which scope or setting excluded each rule.
    /// </summary>
    /// <param name="principle">The principle's result.</param>
    /// <param name="explanations">The document's explanations (those of other principles are ignored).</param>
    /// <returns>The reason.</returns>
    public static string Reason(PrincipleResult principle, IEnumerable<Explanation> explanations)
    {
        ArgumentNullException.ThrowIfNull(principle);
        ArgumentNullException.ThrowIfNull(explanations);
        var own = explanations.Where(e => e.Principle == principle.Principle.Id).ToList();
        if (own.Count == 0)
        {
            return "no explanation: the document was not evaluated, or the principle has no rules";
        }

        var applied = own.Where(e => e.Outcome != Outcome.NotApplicable).ToList();
        if (applied.Count == 0)
        {
            // A principle whose rules configuration switched off is not assessed, which is not the same as "does not
            // concern the organisation": its reason is the setting and its line, whatever the rules' scopes say.
            var notAssessed = principle.Verdict == Verdict.NotAssessed;
            var why = own
                .Select(e => !notAssessed && e.Scope is { Holds: false } scope ? scope.Description + Values(scope.Values) : e.Reason)
                .Distinct(StringComparer.Ordinal);
            return (notAssessed ? "not assessed: " : "no rule applies: ") + string.Join("; ", why);
        }

        var passed = applied.Count(e => e.Outcome == Outcome.Passed);
        var parts = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{passed} of {applied.Count} applicable outcome{(applied.Count == 1 ? string.Empty : "s")} passed"),
        };
        var failed = applied.Where(e => e.Outcome == Outcome.Failed).ToList();
        if (failed.Count > 0)
        {
            parts.Add("failed: " + string.Join(", ", Group(failed, e => $"{e.RuleId} ({SeverityNames.Name(e.Severity)})")));
        }

        var insufficient = applied.Where(e => e.Outcome == Outcome.InsufficientData).ToList();
        if (insufficient.Count > 0)
        {
            parts.Add("insufficient data: " + string.Join(", ", Group(insufficient, e => e.RuleId)));
        }

        var notApplicable = own.Count(e => e.Outcome == Outcome.NotApplicable);
        if (notApplicable > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{notApplicable} rule{(notApplicable == 1 ? " does" : "s do")} not apply"));
        }

        return string.Join("; ", parts);
    }

    /// <summary>Names once each, with the number of targets when a per-supplier rule gave several ("PC0606 (error) x3").</summary>
    private static IEnumerable<string> Group(IEnumerable<Explanation> explanations, Func<Explanation, string> name) =>
        explanations.GroupBy(name, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? g.Key : string.Create(CultureInfo.InvariantCulture, $"{g.Key} x{g.Count()}"));

    /// <summary>The values a scope read, short: " (roles.criticalInfrastructure false, line 24; roles.nis2Entity none, not declared)".</summary>
    private static string Values(IReadOnlyList<ValueEvidence> values) =>
        values.Count == 0
            ? string.Empty
            : " (" + string.Join("; ", values.Select(v =>
                $"{v.Path} {v.Value ?? "not declared"}" + (v.Declared ? string.Create(CultureInfo.InvariantCulture, $", line {v.Line}") : v.Value is null ? string.Empty : ", not declared"))) + ")";
}

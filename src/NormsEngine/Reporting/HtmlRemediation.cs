using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>One failed rule of a document in the remediation plan, and what fixing it would raise.</summary>
/// <param name="Descriptor">The rule.</param>
/// <param name="Severity">The highest effective severity of its failures.</param>
/// <param name="Failures">How many of its outcomes failed (each is a finding).</param>
/// <param name="Accepted">How many of those findings are suppressed or baselined (they still count in the verdicts).</param>
/// <param name="Raises">Each principle whose verdict fixing the rule would raise: from, to.</param>
/// <param name="FirstFinding">The index of its first finding in the document's findings.</param>
internal sealed record HtmlPlanItem(RuleDescriptor Descriptor, Severity Severity, int Failures, int Accepted, IReadOnlyList<(Principle Principle, Verdict From, Verdict To)> Raises, int FirstFinding);

/// <summary>
/// The remediation plan of a document: its failed rules, most severe first, then those whose fix raises the most
/// principle verdicts. What a fix raises is derived, not guessed: the rule's failed outcomes count as passed instead
/// (a fixed rule still applies, and passes), and each principle's verdict is decided again by the engine's own verdict
/// rules (<see cref="VerdictRules"/>) from the principle's counts. Suppressed and baselined failures count, as they
/// do in the verdicts.
/// </summary>
internal static class HtmlRemediation
{
    /// <summary>The plan of a document; empty when it was not evaluated or no rule failed.</summary>
    public static List<HtmlPlanItem> Plan(DocumentReport document)
    {
        var plan = new List<HtmlPlanItem>();
        if (!document.Evaluated)
        {
            return plan;
        }

        var results = document.Principles.ToDictionary(p => p.Principle.Id, StringComparer.Ordinal);
        var byRule = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < document.Findings.Count; i++)
        {
            var finding = document.Findings[i];
            if (finding.Outcome == Outcome.Failed && finding.Principle is not null)
            {
                if (!byRule.TryGetValue(finding.RuleId, out var list))
                {
                    byRule.Add(finding.RuleId, list = []);
                }

                list.Add(i);
            }
        }

        foreach (var (_, indexes) in byRule)
        {
            var findings = indexes.Select(i => document.Findings[i]).ToList();
            var raises = new List<(Principle, Verdict, Verdict)>();
            foreach (var group in findings.GroupBy(f => f.Principle!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                if (!results.TryGetValue(group.Key, out var result) || result.Verdict is Verdict.NotAssessed or Verdict.NotApplicable)
                {
                    continue;
                }

                var to = Fixed(result, group.ToList());
                if (Rank(to) > Rank(result.Verdict))
                {
                    raises.Add((result.Principle, result.Verdict, to));
                }
            }

            plan.Add(new HtmlPlanItem(
                findings[0].Descriptor,
                findings.Max(f => f.Severity),
                findings.Count,
                findings.Count(f => !f.IsActive),
                raises,
                indexes[0]));
        }

        plan.Sort(Compare);
        return plan;
    }

    /// <summary>The principle's verdict once <paramref name="failures"/> (failures in it) pass instead.</summary>
    public static Verdict Fixed(PrincipleResult result, IReadOnlyCollection<Finding> failures)
    {
        var error = failures.Count(f => f.Severity == Severity.Error);
        var warning = failures.Count(f => f.Severity == Severity.Warning);
        var info = failures.Count - error - warning;
        return VerdictRules.Decide(
            result.Passed + failures.Count,
            Math.Max(0, result.FailedError - error),
            Math.Max(0, result.FailedWarning - warning),
            Math.Max(0, result.FailedInfo - info),
            result.Insufficient,
            turnedOff: false);
    }

    /// <summary>
    /// How good a verdict is, to tell whether a fix raises it: not satisfied, partially satisfied, undetermined (no
    /// failure left, data missing), satisfied. Verdicts without a score do not rank.
    /// </summary>
    public static int Rank(Verdict verdict) => verdict switch
    {
        Verdict.NotSatisfied => 0,
        Verdict.PartiallySatisfied => 1,
        Verdict.Undetermined => 2,
        Verdict.Satisfied => 3,
        _ => -1,
    };

    /// <summary>Most severe first, then the most verdicts raised, then by rule ID.</summary>
    public static int Compare(HtmlPlanItem a, HtmlPlanItem b)
    {
        var c = b.Severity.CompareTo(a.Severity);
        c = c != 0 ? c : b.Raises.Count.CompareTo(a.Raises.Count);
        return c != 0 ? c : string.CompareOrdinal(a.Descriptor.Id, b.Descriptor.Id);
    }
}

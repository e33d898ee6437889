using NormsEngine.Diagnostics;

namespace NormsEngine.Engine;

/// <summary>Per principle: the verdict, the counts and the score, from the rules' outcomes (evaluation.md).</summary>
internal static class Verdicts
{
    /// <summary>The verdict of every principle of the compiled packs over one evaluated document.</summary>
    /// <param name="rules">The compiled packs: their principles and which rules belong to each.</param>
    /// <param name="findings">The document's findings, after the policy stage.</param>
    /// <param name="passed">The rules that passed.</param>
    /// <param name="applied">The IDs of the rules that applied (reported any outcome and are not turned off).</param>
    /// <returns>One result per principle, in principle order.</returns>
    public static IReadOnlyList<PrincipleResult> Of(CompiledRules rules, IReadOnlyList<Finding> findings, IReadOnlyList<PassedRule> passed, IReadOnlySet<string> applied)
    {
        var principles = new List<PrincipleResult>(rules.Principles.Count);
        var ofPrinciple = new List<Finding>();
        foreach (var principle in rules.Principles)
        {
            var notApplicable = 0;
            foreach (var descriptor in rules.DescriptorsByPrinciple[principle.Id])
            {
                notApplicable += applied.Contains(descriptor.Id) ? 0 : 1;
            }

            ofPrinciple.Clear();
            foreach (var finding in findings)
            {
                if (finding.Principle == principle.Id)
                {
                    ofPrinciple.Add(finding);
                }
            }

            var passes = 0;
            foreach (var pass in passed)
            {
                passes += pass.Principle == principle.Id ? 1 : 0;
            }

            principles.Add(Decide(principle, ofPrinciple, passes, notApplicable));
        }

        return principles;
    }

    public static PrincipleResult Decide(Principle principle, IReadOnlyList<Finding> findings, int passed, int notApplicable)
    {
        int failedError = 0, failedWarning = 0, failedInfo = 0, insufficient = 0, suppressed = 0;
        foreach (var finding in findings)
        {
            if (!finding.IsActive)
            {
                suppressed++;
            }
            else if (finding.Outcome == Outcome.InsufficientData)
            {
                insufficient++;
            }
            else
            {
                switch (finding.Severity)
                {
                    case Severity.Error:
                        failedError++;
                        break;
                    case Severity.Warning:
                        failedWarning++;
                        break;
                    default:
                        failedInfo++;
                        break;
                }
            }
        }

        var applied = passed + failedError + failedWarning + failedInfo + insufficient + suppressed;
        var verdict =
            failedError > 0 ? Verdict.NotSatisfied
            : failedWarning > 0 ? Verdict.PartiallySatisfied
            : insufficient > 0 ? Verdict.Undetermined
            : applied > 0 ? Verdict.Satisfied // info findings and suppressed findings do not lower a verdict
            : Verdict.NotApplicable;
        var denominator = passed + failedError + failedWarning + failedInfo + insufficient;
        return new PrincipleResult
        {
            Principle = principle,
            Verdict = verdict,
            Score = denominator == 0 ? null : Math.Round(100m * passed / denominator, 1, MidpointRounding.AwayFromZero),
            Passed = passed,
            FailedError = failedError,
            FailedWarning = failedWarning,
            FailedInfo = failedInfo,
            Insufficient = insufficient,
            Suppressed = suppressed,
            NotApplicable = notApplicable,
        };
    }

    public static PrincipleResult Undetermined(Principle principle) =>
        new() { Principle = principle, Verdict = Verdict.Undetermined };
}

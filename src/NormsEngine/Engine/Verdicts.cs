using NormsEngine.Diagnostics;
using NormsEngine.Rules;

namespace NormsEngine.Engine;

/// <summary>
/// Per principle: the verdict, the counts and the score, from the rules' outcomes (evaluation.md, "Outcomes and
/// verdicts"). Outcomes are counted after severity configuration (a rule turned off does not apply) and before
/// suppressions and the baseline, which only add to the <see cref="PrincipleResult.Suppressed"/> and
/// <see cref="PrincipleResult.Baselined"/> counts: accepting a finding never changes a verdict or a score.
/// One instance serves one document.
/// </summary>
internal sealed class Verdicts
{
    private readonly CompiledRules _rules;

    // By principle index (P1 to P9) and by descriptor index: no dictionary, no growth, one allocation each.
    private readonly Counts?[] _counts;
    private readonly bool[] _applied;

    public Verdicts(CompiledRules rules)
    {
        _rules = rules;
        _counts = new Counts?[rules.Principles.Count];
        _applied = new bool[rules.Descriptors.Count];
    }

    /// <summary>Counts one applicable outcome of a rule that is on.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="severity">The rule's effective severity (not <see cref="Severity.None"/>).</param>
    /// <param name="index">The rule's index in <see cref="CompiledRules.Descriptors"/>, or -1.</param>
    public void Add(RuleOutcome outcome, Severity severity, int index)
    {
        var descriptor = outcome.Descriptor;
        if (index >= 0)
        {
            _applied[index] = true;
        }

        if (CountsOf(descriptor.Principle) is not { } counts)
        {
            return;
        }

        switch (outcome.Outcome)
        {
            case Outcome.Passed:
                counts.Passed++;
                break;
            case Outcome.InsufficientData:
                counts.Insufficient++;
                break;
            case Outcome.Failed when severity == Severity.Error:
                counts.FailedError++;
                break;
            case Outcome.Failed when severity == Severity.Warning:
                counts.FailedWarning++;
                break;
            case Outcome.Failed:
                counts.FailedInfo++;
                break;
        }
    }

    /// <summary>Counts the accepted ones among the document's findings once suppressions and the baseline are applied.</summary>
    /// <param name="findings">The findings after the policy stage.</param>
    public void Accept(IReadOnlyList<Finding> findings)
    {
        foreach (var finding in findings)
        {
            // Rule failures and their NE0201 carry a principle; the engine's other diagnostics do not.
            if (finding.IsActive || CountsOf(finding.Principle) is not { } counts)
            {
                continue;
            }

            if (finding.IsSuppressed)
            {
                counts.Suppressed++;
            }
            else
            {
                counts.Baselined++;
            }
        }
    }

    /// <summary>The result of every principle of the compiled packs, in principle order.</summary>
    /// <param name="off">The principles the configuration turned off.</param>
    /// <returns>One result per principle.</returns>
    public IReadOnlyList<PrincipleResult> Results(IReadOnlySet<string> off)
    {
        var principles = _rules.Principles;
        var results = new PrincipleResult[principles.Count];
        for (var p = 0; p < results.Length; p++)
        {
            var notApplicable = 0;
            foreach (var index in _rules.DescriptorIndexesOf(p))
            {
                notApplicable += _applied[index] ? 0 : 1;
            }

            results[p] = Decide(principles[p], _counts[p] ?? Counts.None, notApplicable, off.Count > 0 && off.Contains(principles[p].Id));
        }

        return results;
    }

    /// <summary>The results of a document that was not evaluated: undetermined, without a score, unless turned off.</summary>
    /// <param name="rules">The compiled packs.</param>
    /// <param name="off">The principles the configuration turned off.</param>
    /// <returns>One result per principle.</returns>
    public static IReadOnlyList<PrincipleResult> NotEvaluated(CompiledRules rules, IReadOnlySet<string> off) =>
        [.. rules.Principles.Select(p => new PrincipleResult { Principle = p, Verdict = off.Contains(p.Id) ? Verdict.NotAssessed : Verdict.Undetermined })];

    /// <summary>The verdict (<see cref="VerdictRules"/>, evaluation.md's rules, first match wins), the counts and the score.</summary>
    public static PrincipleResult Decide(Principle principle, Counts counts, int notApplicable, bool turnedOff)
    {
        var failed = counts.FailedError + counts.FailedWarning + counts.FailedInfo;
        var applied = counts.Passed + failed + counts.Insufficient;
        var verdict = VerdictRules.Decide(counts.Passed, counts.FailedError, counts.FailedWarning, counts.FailedInfo, counts.Insufficient, turnedOff);
        return new PrincipleResult
        {
            Principle = principle,
            Verdict = verdict,
            Score = verdict is Verdict.NotAssessed or Verdict.NotApplicable ? null : Score(counts.Passed, applied),
            Passed = counts.Passed,
            FailedError = counts.FailedError,
            FailedWarning = counts.FailedWarning,
            FailedInfo = counts.FailedInfo,
            Insufficient = counts.Insufficient,
            Suppressed = counts.Suppressed,
            Baselined = counts.Baselined,
            NotApplicable = notApplicable,
        };
    }

    /// <summary>
    /// passed / applied as a percentage with one decimal. Rounding never reaches 100 or 0 unless the ratio is exactly
    /// that (1999 of 2000 is 99.9, not 100), so that the score never contradicts the verdict.
    /// </summary>
    public static decimal Score(int passed, int applied)
    {
        // In integers, as Math.Round(100m * passed / applied, 1, AwayFromZero) gives it: a whole percentage when it is
        // one (scale 0), else tenths of a percent rounded half away from zero (scale 1).
        var score = 100L * passed % applied == 0
            ? new decimal(100L * passed / applied)
            : new decimal((int)(((2000L * passed) + applied) / (2L * applied)), 0, 0, false, 1);
        return passed == applied ? 100m
            : passed == 0 ? 0m
            : Math.Clamp(score, 0.1m, 99.9m);
    }

    /// <summary>The counts of a principle of the packs (P1 to P9), or <c>null</c> for none or another.</summary>
    private Counts? CountsOf(string? principle) =>
        CompiledRules.PrincipleIndex(principle) is var p and >= 0 ? _counts[p] ??= new Counts() : null;

    /// <summary>The outcomes of one principle, by kind, and how many of its findings are accepted.</summary>
    internal sealed class Counts
    {
        /// <summary>No outcome: read only.</summary>
        public static readonly Counts None = new();

        public int Passed { get; set; }

        public int FailedError { get; set; }

        public int FailedWarning { get; set; }

        public int FailedInfo { get; set; }

        public int Insufficient { get; set; }

        public int Suppressed { get; set; }

        public int Baselined { get; set; }
    }
}

using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.Rules;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Engine;

/// <summary>
/// Property tests of evaluation.md's verdict contract over generated documents and configurations: the invariants
/// (<c>satisfied</c> iff 100%, <c>partiallySatisfied</c> strictly between 0% and 100%, no score iff
/// <c>notApplicable</c> or <c>notAssessed</c> for an evaluated document) always hold, and adding suppressions (in the
/// configuration and in the document) and a baseline never changes a verdict, a score or an outcome count. The packs
/// are the test pack and the two shipped YAML packs, so every severity, per-supplier rules and insufficient data are
/// in play; documents sometimes carry an unknown field, an invalid value, a missing required field or broken YAML.
/// Fixed seed, a few hundred cases: a few seconds.
/// </summary>
public class VerdictPropertyTests
{
    private static readonly Lazy<NormsEvaluator> Evaluator = new(() =>
    {
        IRulePack Pack(string name) => RulePackFile.Load(Path.Combine(RepositoryPaths.Root, "rules", "packs", name, "pack.yaml")).Pack!;
        return new NormsEvaluator([new TestPack(), Pack("eu-nis2"), Pack("supplier-security")]);
    });

    private static readonly string[] RuleKeys =
    [
        "TST0101", "TST0201", "TST0301", "TST0401", "TST*", "NIS0101", "NIS0104", "NIS0105", "NIS01*", "SUP0101", "SUP0102", "SUP0104",
        "SUP*", "NE0201", "NE0002", "NE0003", "NE0007", "NE0001", "NE*", "P1", "P2", "P3", "P4", "P6",
    ];

    private static readonly string[] SuppressionRules = ["TST0101", "TST0201", "TST0301", "TST0401", "NIS0101", "NIS0105", "SUP*", "SUP0104", "NE0201", "NE0002", "NE0003", "NE0001", "TST*"];

    [Property(MaxTest = 250, Replay = "20261015,1409", Arbitrary = [typeof(Scenarios)])]
    public void Evaluate_GeneratedDocumentAndConfiguration_InvariantsHoldAndAcceptingFindingsChangesNoVerdict(Scenario scenario)
    {
        var options = new EvaluationOptions { Severities = scenario.Severities, AsOf = new DateOnly(2026, 10, 15) };
        var plain = Single(Evaluator.Value.EvaluateYaml(scenario.Document, "org.yaml", options));
        AssertInvariants(plain, scenario);

        // The same document with findings accepted: configuration suppressions, a comment suppression, and a baseline
        // holding a random part of the plain run's findings.
        var random = new Random(scenario.BaselineSeed);
        var baseline = new Baseline(plain.Findings.Where(_ => random.Next(2) == 0).Select(f => f.Fingerprint));
        var accepting = options with { Suppressions = scenario.Suppressions, Baseline = baseline };
        var accepted = Single(Evaluator.Value.EvaluateYaml(scenario.CommentedDocument, "org.yaml", accepting));
        AssertInvariants(accepted, scenario);

        Assert.True(plain.Evaluated == accepted.Evaluated, scenario.ToString());
        Assert.True(
            plain.Principles.Select(Counted).SequenceEqual(accepted.Principles.Select(Counted)),
            $"{scenario}\nplain:    {string.Join(" ", plain.Principles.Select(Counted))}\naccepted: {string.Join(" ", accepted.Principles.Select(Counted))}");

        // What the counts say was accepted is what the findings say.
        foreach (var principle in accepted.Principles)
        {
            var inactive = accepted.Findings.Where(f => f.Principle == principle.Principle.Id && !f.IsActive).ToList();
            Assert.True(
                (principle.Suppressed, principle.Baselined) == (inactive.Count(f => f.IsSuppressed), inactive.Count(f => !f.IsSuppressed)),
                $"{scenario}\n{principle}");
        }
    }

    [Fact]
    public void Scenarios_FixedSeedSample_CoverEveryVerdictAndDocumentsNotEvaluated()
    {
        // Keeps the generator honest: the property above means little if the cases never reach a verdict. Seeds are
        // spread out: SplitMix streams from neighbouring seeds with one gamma are nearly the same.
        var generator = Scenarios.Scenario().Generator;
        var sample = Enumerable.Range(0, 250).Select(i => generator.Sample(30, new Rnd(unchecked(20261015UL + ((ulong)i * 0x9E3779B97F4A7C15UL)), 1409UL), 1)[0]).ToList();

        var reports = sample.Select(s => (Scenario: s, Report: Single(Evaluator.Value.EvaluateYaml(s.Document, "org.yaml", new EvaluationOptions { Severities = s.Severities, AsOf = new DateOnly(2026, 10, 15) })))).ToList();

        Assert.Equal(Enum.GetValues<Verdict>().ToHashSet(), reports.SelectMany(r => r.Report.Principles).Select(p => p.Verdict).ToHashSet());
        Assert.True(reports.Count(r => r.Report.Evaluated) > 125, $"most generated documents should be evaluated: {reports.Count(r => r.Report.Evaluated)}, with the unknown field: {reports.Count(r => r.Scenario.Document.Contains("legacyScore", StringComparison.Ordinal))}");
        Assert.True(reports.Any(r => !r.Report.Evaluated), "some documents should not be evaluated");
        Assert.True(reports.Any(r => r.Report.Evaluated && r.Scenario.Document.Contains("legacyScore", StringComparison.Ordinal)), "some should be evaluated with NE0002 lowered");
    }

    private static DocumentReport Single(Report report) => Assert.Single(report.Documents);

    private static string Counted(PrincipleResult p) =>
        string.Create(CultureInfo.InvariantCulture, $"{p.Principle.Id}:{p.Verdict}:{p.Score}:{p.Passed}/{p.FailedError}/{p.FailedWarning}/{p.FailedInfo}/{p.Insufficient}/{p.NotApplicable}");

    private static void AssertInvariants(DocumentReport report, Scenario scenario)
    {
        foreach (var p in report.Principles)
        {
            var why = $"{scenario}\n{p}";
            var applied = p.Passed + p.FailedError + p.FailedWarning + p.FailedInfo + p.Insufficient;
            Assert.True((p.Verdict == Verdict.Satisfied) == (p.Score == 100m), why);
            Assert.True(p.Verdict != Verdict.PartiallySatisfied || p.Score is > 0m and < 100m, why);
            Assert.True(p.Verdict != Verdict.NotSatisfied || p.FailedError > 0 || (applied > p.Passed && p.Passed == 0), why);
            if (report.Evaluated)
            {
                Assert.True((p.Verdict is Verdict.NotApplicable or Verdict.NotAssessed) == (p.Score is null), why);
                Assert.True(p.Score is null || p.Score == Verdicts.Score(p.Passed, applied), why);
            }
            else
            {
                Assert.True(p.Verdict is Verdict.Undetermined or Verdict.NotAssessed && p.Score is null && applied == 0, why);
            }
        }
    }

    /// <summary>A generated case: a document (and the same with a suppression comment), severity overrides, suppressions and a baseline seed.</summary>
    public sealed record Scenario(string Document, string CommentedDocument, IReadOnlyDictionary<string, Severity> Severities, IReadOnlyList<SuppressionRule> Suppressions, int BaselineSeed)
    {
        public override string ToString() =>
            $"severities: {string.Join(", ", Severities.Select(s => $"{s.Key}={s.Value}"))}; suppressions: {string.Join(", ", Suppressions.Select(s => s.Rule + (s.Path is null ? string.Empty : "@" + s.Path)))}; baseline seed {BaselineSeed}\n{Document}";
    }

    /// <summary>The generators.</summary>
    public static class Scenarios
    {
        public static Arbitrary<Scenario> Scenario() =>
            (from document in DocumentGen()
             from severities in Gen.Zip(Gen.Elements(RuleKeys), Gen.Elements(Severity.Error, Severity.Warning, Severity.Info, Severity.None)).ListOf()
             from suppressed in Gen.Zip(Gen.Elements(SuppressionRules), Gen.Elements<string?>(null, null, "hygiene.*", "supplyChain.*", "hygiene.mfa.adminPct")).ListOf()
             from lowered in Gen.Elements(("NE0002", Severity.Warning), ("NE0003", Severity.None), ("NE0007", Severity.Info), ("NE*", Severity.None)).ListOf()
             from comment in Gen.Elements<string?>(null, "TST0101", "NE0201", "TST0201, NE0201", "NE0002", "NE0003")
             from seed in Gen.Choose(0, 1_000_000)
             select new Scenario(
                 document,
                 Comment(document, comment),
                 severities.Take(5).Concat(lowered.Take(2)).GroupBy(s => s.Item1).ToDictionary(g => g.Key, g => g.Last().Item2, StringComparer.Ordinal),
                 [.. suppressed.Take(4).Select(s => new SuppressionRule { Rule = s.Item1, Path = s.Item2, Justification = "accepted for the test" })],
                 seed)).ToArbitrary();

        /// <summary>A suppression comment on the <c>hygiene:</c> line, which covers the section below it.</summary>
        private static string Comment(string document, string? rules) =>
            rules is null ? document : document.Replace("\nhygiene:\n", $"\nhygiene:   # norms-ignore {rules}: accepted for the test\n", StringComparison.Ordinal);

        private static Gen<string> DocumentGen() =>
            from nis2 in Gen.Elements<string?>(null, "none", "essential", "important")
            from offensive in Gen.Elements<string?>(null, "true", "false")
            from adminPct in Maybe(Gen.Frequency((1, Gen.Choose(0, 99)), (2, Gen.Constant(100))))
            from cadence in Maybe(Gen.Choose(1, 60))
            from shares in Gen.Elements<string?>(null, "true", "false")
            from earlyWarning in Maybe(Gen.Choose(1, 96))
            from notification in Maybe(Gen.Choose(1, 96))
            from finalReport in Maybe(Gen.Choose(1, 60))
            from inventory in Gen.Elements<string?>(null, "true", "false")
            from suppliers in SupplierGen().ListOf().Select(s => s.Take(3).ToList())
            from flaw in Gen.Frequency(
                (8, Gen.Constant(string.Empty)),
                (1, Gen.Constant("unknown")),
                (1, Gen.Constant("invalid")),
                (1, Gen.Constant("missing")),
                (1, Gen.Constant("broken")))
            select Document(nis2, offensive, adminPct, cadence, shares, earlyWarning, notification, finalReport, inventory, suppliers, flaw);

        private static Gen<string> SupplierGen() =>
            from critical in Gen.Elements<string?>(null, "true", "false")
            from clauses in Gen.Elements<string?>(null, "true", "false")
            from production in Gen.Elements<string?>(null, "true", "false")
            from notice in Maybe(Gen.Choose(1, 96))
            from assessed in Maybe(Gen.Choose(0, 900))
            select Fields(
                ("critical", critical),
                ("securityClauses", clauses),
                ("accessToProduction", production),
                ("incidentNoticeHours", notice),
                ("lastAssessment", assessed is null ? null : new DateOnly(2026, 10, 15).AddDays(-int.Parse(assessed, CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        private static Gen<string?> Maybe(Gen<int> values) =>
            Gen.Frequency((1, Gen.Constant<string?>(null)), (3, values.Select(v => (string?)v.ToString(CultureInfo.InvariantCulture))));

        private static string Fields(params (string Name, string? Value)[] fields) =>
            string.Join(", ", fields.Where(f => f.Value is not null).Select(f => $"{f.Name}: {f.Value}"));

        private static string Document(
            string? nis2, string? offensive, string? adminPct, string? cadence, string? shares, string? earlyWarning, string? notification,
            string? finalReport, string? inventory, List<string> suppliers, string flaw)
        {
            var text = new StringBuilder("apiVersion: norms/v1\nkind: Organisation\nmetadata:\n");
            text.Append(flaw == "missing" ? "  assessedOn: 2026-10-15\n" : "  name: Generated\n");
            text.Append(flaw == "broken" ? "  country: [FRA\n" : string.Empty);
            text.Append(CultureInfo.InvariantCulture, $"roles: {{ {Fields(("nis2Entity", nis2), ("offensiveTooling", offensive))} }}\n");
            text.Append(CultureInfo.InvariantCulture, $"incidentResponse:\n  reporting: {{ {Fields(("earlyWarningHours", earlyWarning), ("notificationHours", notification))} }}\n");
            text.Append(finalReport is null ? string.Empty : $"  x-nis2: {{ finalReportDays: {finalReport} }}\n");
            text.Append("hygiene:\n");
            text.Append(CultureInfo.InvariantCulture, $"  mfa: {{ {Fields(("adminPct", flaw == "invalid" ? "lots" : adminPct))} }}\n");
            text.Append(CultureInfo.InvariantCulture, $"  patching: {{ {Fields(("osCadenceDays", cadence))} }}\n");
            text.Append(flaw == "unknown" ? "  legacyScore: 3\n" : string.Empty);
            text.Append(CultureInfo.InvariantCulture, $"norms: {{ {Fields(("sharesThreatIntel", shares))} }}\n");
            text.Append(CultureInfo.InvariantCulture, $"supplyChain:\n  {Fields(("supplierInventory", inventory))}{(inventory is null ? string.Empty : "\n  ")}suppliers:\n");
            for (var i = 0; i < suppliers.Count; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"    - {{ name: S{i}{(suppliers[i].Length > 0 ? ", " + suppliers[i] : string.Empty)} }}\n");
            }

            return suppliers.Count == 0 ? text.ToString().Replace("  suppliers:\n", "  suppliers: []\n", StringComparison.Ordinal) : text.ToString();
        }
    }
}

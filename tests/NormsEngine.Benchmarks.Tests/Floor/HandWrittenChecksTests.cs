using System.Globalization;
using NormsEngine.Benchmarks.Agreement;
using NormsEngine.Benchmarks.Floor;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.Model;
using NormsEngine.ParisCall;

namespace NormsEngine.Benchmarks.Tests.Floor;

public sealed class HandWrittenChecksTests
{
    private static readonly DateOnly FixedAsOf = new(2026, 12, 1);
    private static readonly Lazy<NormsEvaluator> Engine = new(() => new NormsEvaluator([new ParisCallPack("0.1.0")]));
    private static readonly string SamplesFolder = Path.Combine(AppContext.BaseDirectory, "samples");

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(SamplesFolder, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    public static TheoryData<string, string> SamplesAtSeveralDates()
    {
        // "document" = the document's own metadata.assessedOn (AsOf = null); the others bracket the samples'
        // 2027-03-14 election (PC0303's one-year window) and push every age check over and under its threshold.
        string[] dates = ["document", "2025-01-01", "2026-03-13", "2026-03-14", "2027-03-14", "2027-03-15", "2030-06-30"];
        var data = new TheoryData<string, string>();
        foreach (var path in Directory.GetFiles(SamplesFolder, "*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var date in dates)
            {
                data.Add(Path.GetFileName(path), date);
            }
        }

        return data;
    }

    public static TheoryData<string> Mutations() =>
        new() { "all-critical", "no-notice-hours", "no-reporting-times", "notification-only", "late-notice", "stale-assessment", "not-essential", "no-suppliers" };

    [Fact]
    public void Samples_Folder_HoldsThirteenDocuments()
    {
        Assert.Equal(13, Samples().Count);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Evaluate_EverySample_AgreesWithEngine(string sample)
    {
        var (engine, floor) = Both(sample, FixedAsOf);

        Assert.NotEmpty(engine);
        Assert.Equal(engine, floor);
    }

    [Theory]
    [MemberData(nameof(SamplesAtSeveralDates))]
    public void Evaluate_EverySampleAtSeveralDates_AgreesWithEngine(string sample, string asOf)
    {
        var date = asOf == "document" ? (DateOnly?)null : DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var (engine, floor) = Both(sample, date);

        Assert.Equal(engine, floor);
    }

    [Fact]
    public void Evaluate_AllSamples_GiveEveryStatusAndPerSupplierOutcomes()
    {
        var all = new List<CheckOutcome>();
        foreach (var sample in Samples())
        {
            var (engine, floor) = Both(sample, FixedAsOf);
            Assert.Equal(engine, floor);
            all.AddRange(floor);
        }

        Assert.Contains(all, o => o.Status == CheckStatus.Passed);
        Assert.Contains(all, o => o.Status == CheckStatus.Failed);
        Assert.Contains(all, o => o.Status == CheckStatus.InsufficientData);
        Assert.Contains(all, o => o.Path.StartsWith("supplyChain.suppliers[", StringComparison.Ordinal) && o.Status == CheckStatus.Failed);
        Assert.Contains(all, o => o.Path.StartsWith("supplyChain.suppliers[", StringComparison.Ordinal) && o.Status == CheckStatus.Passed);
        Assert.Contains(all, o => o.Path.StartsWith("supplyChain.suppliers[", StringComparison.Ordinal) && o.Status == CheckStatus.InsufficientData);

        // Every rule is exercised by at least one sample, so no hand-written check goes untested.
        var rules = all.Select(o => o.RuleId).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(51, rules.Count);
    }

    [Fact]
    public void Evaluate_DocumentAsOf_UsesAssessedOn()
    {
        var organisation = Load("hospital.yaml");
        var assessedOn = organisation.Metadata.AssessedOn!.Value;

        var report = Engine.Value.Evaluate(InMemoryDocument.Of(organisation), new EvaluationOptions());

        Assert.Equal(assessedOn, report.AsOf);
        Assert.Equal(CheckOutcome.FromEngine(report), new HandWrittenChecks().Evaluate(organisation, assessedOn));
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Evaluate_MutatedSuppliers_AgreesWithEngine(string mutation)
    {
        var (organisation, expected) = Mutate(mutation);

        var engine = CheckOutcome.FromEngine(Engine.Value.Evaluate(InMemoryDocument.Of(organisation), new EvaluationOptions { AsOf = FixedAsOf }));
        var floor = new HandWrittenChecks().Evaluate(organisation, FixedAsOf);

        Assert.Equal(engine, floor);
        Assert.Contains(expected, floor);
    }

    [Fact]
    public void Evaluate_CustomThresholds_AgreesWithEngine()
    {
        var thresholds = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            [ParisCallThresholds.MaxEarlyWarningHours] = 12,
            [ParisCallThresholds.SupplierAssessmentMaxAgeDays] = 90,
            [ParisCallThresholds.PatchCadenceDays] = 7,
            [ParisCallThresholds.CriticalPatchSlaDays] = 3,
            [ParisCallThresholds.TrainingCompletionPct] = 99.5m,
            [ParisCallThresholds.PreElectionExerciseWindowDays] = 30,
        };
        var options = new EvaluationOptions { AsOf = FixedAsOf, Thresholds = thresholds };
        var checks = new HandWrittenChecks(thresholds);
        var differs = false;
        foreach (var sample in Samples())
        {
            var organisation = Load(sample);
            var engine = CheckOutcome.FromEngine(Engine.Value.Evaluate(InMemoryDocument.Of(organisation), options));
            var floor = checks.Evaluate(organisation, FixedAsOf);

            Assert.Equal(engine, floor);
            differs |= !floor.SequenceEqual(new HandWrittenChecks().Evaluate(organisation, FixedAsOf));
        }

        Assert.True(differs, "The custom thresholds changed no outcome, so the test would not notice them being ignored.");
    }

    private static (List<CheckOutcome> Engine, List<CheckOutcome> Floor) Both(string sample, DateOnly? asOf)
    {
        var path = Path.Combine(SamplesFolder, sample);
        var documents = new DocumentLoader().LoadFile(path);
        var document = Assert.Single(documents);
        Assert.False(document.HasErrors);
        var organisation = Assert.IsType<Organisation>(document.Organisation);

        var report = Engine.Value.Evaluate(document, new EvaluationOptions { AsOf = asOf });

        // The engine's as-of: the caller's date, else the document's assessedOn (every sample declares one).
        var effective = asOf ?? organisation.Metadata.AssessedOn!.Value;
        Assert.Equal(effective, report.AsOf);
        return (CheckOutcome.FromEngine(report), new HandWrittenChecks().Evaluate(organisation, effective));
    }

    private static Organisation Load(string sample)
    {
        var document = Assert.Single(new DocumentLoader().LoadFile(Path.Combine(SamplesFolder, sample)));
        return Assert.IsType<Organisation>(document.Organisation);
    }

    private static (Organisation Organisation, CheckOutcome Expected) Mutate(string mutation)
    {
        var hospital = Load("hospital.yaml");
        var suppliers = hospital.SupplyChain.Suppliers!;
        Assert.True(suppliers.Count >= 3);
        var reporting = hospital.IncidentResponse.Reporting;
        return mutation switch
        {
            // Every supplier critical and connected: three outcomes per per-supplier rule.
            "all-critical" => (
                WithSuppliers(hospital, [.. suppliers.Select(s => s with { Critical = true, AccessToProduction = true, SecurityClauses = false })]),
                new CheckOutcome("PC0605", CheckStatus.Failed, "supplyChain.suppliers[2].securityClauses")),

            // A critical supplier without notice hours: insufficient data at the supplier's field.
            "no-notice-hours" => (
                WithSuppliers(hospital, [suppliers[0] with { IncidentNoticeHours = null }, .. suppliers.Skip(1)]),
                new CheckOutcome("PC0606", CheckStatus.InsufficientData, "supplyChain.suppliers[0].incidentNoticeHours")),

            // The organisation's own reporting times missing: insufficient data located at the supplier itself.
            "no-reporting-times" => (
                hospital with
                {
                    IncidentResponse = hospital.IncidentResponse with
                    {
                        Reporting = reporting with { EarlyWarningHours = null, NotificationHours = null },
                    },
                },
                new CheckOutcome("PC0606", CheckStatus.InsufficientData, "supplyChain.suppliers[0]")),

            // No early warning: the supplier is held to the full notification time instead (72 h).
            "notification-only" => (
                WithSuppliers(
                    hospital with
                    {
                        IncidentResponse = hospital.IncidentResponse with { Reporting = reporting with { EarlyWarningHours = null } },
                    },
                    [suppliers[0] with { IncidentNoticeHours = 48 }, .. suppliers.Skip(1)]),
                new CheckOutcome("PC0606", CheckStatus.Passed, "supplyChain.suppliers[0].incidentNoticeHours")),

            // Later than the organisation's own early warning.
            "late-notice" => (
                WithSuppliers(hospital, [suppliers[0] with { IncidentNoticeHours = 25 }, .. suppliers.Skip(1)]),
                new CheckOutcome("PC0606", CheckStatus.Failed, "supplyChain.suppliers[0].incidentNoticeHours")),

            // A connected supplier never assessed, and one assessed too long ago.
            "stale-assessment" => (
                WithSuppliers(
                    hospital,
                    [
                        suppliers[0] with { LastAssessment = null },
                        suppliers[1],
                        suppliers[2] with { AccessToProduction = true, LastAssessment = new DateOnly(2020, 1, 1) },
                    ]),
                new CheckOutcome("PC0608", CheckStatus.InsufficientData, "supplyChain.suppliers[0].lastAssessment")),

            // Not an essential service: PC0605 still looks at critical suppliers, PC0606 does not apply.
            "not-essential" => (
                hospital with { Roles = hospital.Roles with { CriticalInfrastructure = false, Nis2Entity = Nis2Entity.None } },
                new CheckOutcome("PC0605", CheckStatus.Passed, "supplyChain.suppliers[0].securityClauses")),

            // No suppliers at all: no per-supplier outcome, the inventory rule still applies.
            "no-suppliers" => (
                WithSuppliers(hospital, []),
                new CheckOutcome("PC0607", CheckStatus.Passed, "supplyChain.supplierInventory")),

            _ => throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null),
        };
    }

    private static Organisation WithSuppliers(Organisation organisation, IReadOnlyList<Supplier> suppliers)
    {
        // Keep each supplier's position consistent with its place in the list, as the binder does.
        var indexed = new Supplier[suppliers.Count];
        for (var i = 0; i < indexed.Length; i++)
        {
            indexed[i] = suppliers[i] with { Index = i };
        }

        return organisation with { SupplyChain = organisation.SupplyChain with { Suppliers = indexed } };
    }
}

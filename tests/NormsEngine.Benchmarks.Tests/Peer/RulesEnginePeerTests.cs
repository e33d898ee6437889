using System.Globalization;
using NormsEngine.Benchmarks.Agreement;
using NormsEngine.Benchmarks.Peer;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.Model;
using NormsEngine.ParisCall;

namespace NormsEngine.Benchmarks.Tests.Peer;

public sealed class RulesEnginePeerTests
{
    private static readonly DateOnly FixedAsOf = new(2026, 10, 15);
    private static readonly DateOnly LaterAsOf = new(2027, 6, 1);
    private static readonly Lazy<NormsEvaluator> Engine = new(() => new NormsEvaluator([new ParisCallPack("0.1.0")]));
    private static readonly Lazy<RulesEnginePeer> DefaultPeer = new(() => new RulesEnginePeer());
    private static readonly string SamplesFolder = Path.Combine(AppContext.BaseDirectory, "samples");

    private static readonly string[] SampleNames =
        [.. Directory.GetFiles(SamplesFolder, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static TheoryData<string> Samples() => new(SampleNames);

    public static TheoryData<string, string> SamplesAtOtherDates()
    {
        // Around the samples' 2027-03-14 election (PC0303's one-year window) and far enough apart to push every age
        // check over and under its threshold.
        string[] dates = ["2025-01-01", "2026-03-13", "2026-03-14", "2027-03-14", "2027-03-15", "2027-06-01", "2030-06-30"];
        var data = new TheoryData<string, string>();
        foreach (var sample in SampleNames)
        {
            foreach (var date in dates)
            {
                data.Add(sample, date);
            }
        }

        return data;
    }

    /// <summary>Edits of hospital.yaml (line text to replace, replacement) that reach the branches the samples leave out.</summary>
    private static readonly Dictionary<string, (string Old, string New)[]> HospitalEdits = new(StringComparer.Ordinal)
    {
        ["no-reporting-times"] = [("    earlyWarningHours: 24", string.Empty), ("    notificationHours: 72", string.Empty)],
        ["notification-only"] = [("    earlyWarningHours: 24", string.Empty), ("    notificationHours: 72", "    notificationHours: 11")],
        ["late-times"] = [("    earlyWarningHours: 24", "    earlyWarningHours: 25"), ("    notificationHours: 72", "    notificationHours: 96")],
        ["blank-csirt"] = [("    nationalCsirt: CERT Santé Valmorin", "    nationalCsirt: \" \"")],
        ["no-csirt-late-notification"] = [("    nationalCsirt: CERT Santé Valmorin", string.Empty), ("    notificationHours: 72", "    notificationHours: 96")],
        ["no-downtime"] = [("  maxTolerableDowntimeHours: 12", string.Empty)],
        ["no-recovery-times"] = [("  rtoHours: 8", string.Empty), ("  maxTolerableDowntimeHours: 12", string.Empty)],
        ["not-essential"] = [("  criticalInfrastructure: true", "  criticalInfrastructure: false"), ("  nis2Entity: essential", "  nis2Entity: none")],
        ["important-entity"] = [("  criticalInfrastructure: true", "  criticalInfrastructure: false"), ("  nis2Entity: essential", "  nis2Entity: important")],
        ["state-agency"] = [("  type: publicBody", "  type: stateAgency")],
        ["no-type"] = [("  type: publicBody", string.Empty)],
        ["no-notice-hours"] = [("      incidentNoticeHours: 12", string.Empty), ("      incidentNoticeHours: 24", "      incidentNoticeHours: 25")],
        ["no-plan"] = [("  plan: { exists: true, lastExercise: 2026-04-10 }", "  plan: { exists: false }")],
        ["no-escalation"] = [("  escalation: [nationalCsirt, regulator, dataProtectionAuthority]", string.Empty)],
        ["no-authority"] = [("  escalation: [nationalCsirt, regulator, dataProtectionAuthority]", "  escalation: []")],
        ["hack-back"] = [("  practices: [sinkholeOwnDomains, internalDeception]", "  practices: [deleteDataOnAttackerSystems]")],
        ["hack-back-undeclared-authority"] = [("  practices: [sinkholeOwnDomains, internalDeception]", "  practices: [accessAttackerSystems]"), ("  legalAuthority: none", string.Empty)],
        ["hack-back-court-order"] = [("  practices: [sinkholeOwnDomains, internalDeception]", "  practices: [disruptAttackerInfrastructure]"), ("  legalAuthority: none", "  legalAuthority: courtOrder")],
        ["no-practices"] = [("  practices: [sinkholeOwnDomains, internalDeception]", string.Empty)],
        ["no-retainer-clause"] = [("    forbidsHackBack: true                 # the contract forbids counter-attacks (PC0805)", string.Empty)],
        ["blank-retainer"] = [("    provider: Cyberveille Réponse SAS     # fictional incident-response firm on retainer", "    provider: \"  \"")],
        ["no-isacs"] = [("  isacs: [Health-ISAC, CERT Santé sector group]", "  isacs: []")],
        ["undeclared-isacs"] = [("  isacs: [Health-ISAC, CERT Santé sector group]", string.Empty)],
        ["no-first"] = [("  firstMembership: liaison ", "  firstMembership: none ")],
        ["no-dlp"] = [("  dlpCoverage: partial ", "  dlpCoverage: none ")],
        ["no-inventory"] = [("  inventory: { hardware: true, software: true, lastReview: 2026-06-01 }", "  inventory: { software: false }")],
        ["no-mfa"] = [("  mfa: { externalAppsPct: 100, remoteAccessPct: 100, adminPct: 100 }", "  mfa: { adminPct: 99.5 }")],
        ["no-suppliers"] = [("  suppliers:", "  suppliers: []\n  x-suppliers:")],
    };

    public static TheoryData<string> Edits() => new(HospitalEdits.Keys);

    [Fact]
    public void Samples_Folder_HoldsThirteenDocuments()
    {
        Assert.Equal(13, SampleNames.Length);
    }

    [Fact]
    public void Workflows_Json_DeclareEveryRuleOnce()
    {
        var names = RulesEnginePeer.Workflows().SelectMany(w => w.Rules).Select(r => r.RuleName).ToList();
        var expected = new ParisCallPack("0.1.0").Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal);

        Assert.Equal(expected, names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Evaluate_EverySample_AgreesWithEngine(string sample)
    {
        var (engine, peer) = Both(Load(Path.Combine(SamplesFolder, sample)), FixedAsOf);

        Assert.NotEmpty(engine);
        Assert.Equal(engine, peer);
    }

    [Theory]
    [MemberData(nameof(SamplesAtOtherDates))]
    public void Evaluate_EverySampleAtAnotherDate_AgreesWithEngine(string sample, string date)
    {
        var (engine, peer) = Both(Load(Path.Combine(SamplesFolder, sample)), DateOnly.Parse(date, CultureInfo.InvariantCulture));

        Assert.NotEmpty(engine);
        Assert.Equal(engine, peer);
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void Evaluate_EditedSample_AgreesWithEngine(string edit)
    {
        var text = File.ReadAllText(Path.Combine(SamplesFolder, "hospital.yaml"));
        foreach (var (old, replacement) in HospitalEdits[edit])
        {
            Assert.Contains(old, text, StringComparison.Ordinal);
            text = text.Replace(old, replacement, StringComparison.Ordinal);
        }

        var document = new DocumentLoader().Load(text, $"hospital-{edit}.yaml").Single();
        Assert.False(document.HasErrors, string.Join("; ", document.Findings.Select(f => f.Message)));
        var (engine, peer) = Both(document, FixedAsOf);

        Assert.NotEmpty(engine);
        Assert.Equal(engine, peer);
    }

    [Fact]
    public void Evaluate_Samples_GiveEveryStatusForOrganisationsAndSuppliers()
    {
        var all = SampleNames.SelectMany(sample => Both(Load(Path.Combine(SamplesFolder, sample)), FixedAsOf).Peer).ToList();
        var suppliers = all.Where(o => o.Path.StartsWith("supplyChain.suppliers[", StringComparison.Ordinal)).ToList();

        Assert.All(Enum.GetValues<CheckStatus>(), status => Assert.Contains(all, o => o.Status == status && !suppliers.Contains(o)));
        Assert.All(Enum.GetValues<CheckStatus>(), status => Assert.Contains(suppliers, o => o.Status == status));
        Assert.Equal(51, all.Select(o => o.RuleId).Distinct().Count());
        Assert.Equal(["PC0605", "PC0606", "PC0608"], suppliers.Select(o => o.RuleId).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Evaluate_SamplesAtLaterDate_ChangeAgeOutcomes()
    {
        var atFixed = SampleNames.SelectMany(sample => DefaultPeer.Value.Evaluate(Organisation(sample), FixedAsOf)).ToList();
        var atLater = SampleNames.SelectMany(sample => DefaultPeer.Value.Evaluate(Organisation(sample), LaterAsOf)).ToList();

        Assert.NotEqual(atFixed, atLater);
        Assert.True(atLater.Count(o => o.Status == CheckStatus.Failed) > atFixed.Count(o => o.Status == CheckStatus.Failed));
    }

    [Fact]
    public void Evaluate_GeneratedDocuments_AgreesWithEngine()
    {
        for (var i = 0; i < 200; i++)
        {
            var document = new DocumentLoader().Load(Corpus.Generated(i), $"generated-{i}.yaml").Single();
            var (engine, peer) = Both(document, FixedAsOf);

            Assert.True(engine.SequenceEqual(peer), $"generated document {i}:\n engine: {string.Join("; ", engine)}\n peer:   {string.Join("; ", peer)}");
        }
    }

    [Fact]
    public void Evaluate_WithThresholdOverrides_AgreesWithEngine()
    {
        // 95.5: a fractional percentage threshold must be read the same way by both (compared as is, not truncated).
        var thresholds = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            [ParisCallThresholds.CriticalPatchSlaDays] = 7,
            [ParisCallThresholds.TrainingCompletionPct] = 95.5m,
            [ParisCallThresholds.MaxEarlyWarningHours] = 12,
            [ParisCallThresholds.SupplierAssessmentMaxAgeDays] = 90,
            [ParisCallThresholds.InventoryReviewMaxAgeDays] = 30,
        };
        var peer = new RulesEnginePeer(thresholds);
        var differs = false;
        foreach (var sample in SampleNames)
        {
            var document = Load(Path.Combine(SamplesFolder, sample));
            var engine = CheckOutcome.FromEngine(Engine.Value.Evaluate(document, new EvaluationOptions { AsOf = FixedAsOf, Thresholds = thresholds }));
            var outcomes = peer.Evaluate(document.Organisation!, FixedAsOf);

            Assert.Equal(engine, outcomes);
            differs |= !outcomes.SequenceEqual(DefaultPeer.Value.Evaluate(document.Organisation!, FixedAsOf));
        }

        Assert.True(differs);
    }

    [Fact]
    public void Evaluate_Twice_GivesTheSameOutcomes()
    {
        var organisation = Organisation("hospital.yaml");

        Assert.Equal(DefaultPeer.Value.Evaluate(organisation, FixedAsOf), DefaultPeer.Value.Evaluate(organisation, FixedAsOf));
    }

    private static (List<CheckOutcome> Engine, List<CheckOutcome> Peer) Both(PracticesDocument document, DateOnly asOf)
    {
        var report = Engine.Value.Evaluate(document, new EvaluationOptions { AsOf = asOf });
        Assert.True(report.Evaluated, $"{document.File} was not evaluated.");
        return (CheckOutcome.FromEngine(report), DefaultPeer.Value.Evaluate(document.Organisation!, asOf));
    }

    private static PracticesDocument Load(string path)
    {
        var document = new DocumentLoader().LoadFile(path).Single();
        Assert.False(document.HasErrors, $"{path} has errors.");
        return document;
    }

    private static Organisation Organisation(string sample) => Load(Path.Combine(SamplesFolder, sample)).Organisation!;
}

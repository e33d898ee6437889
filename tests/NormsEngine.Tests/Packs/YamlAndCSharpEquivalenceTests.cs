using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Packs;
using NormsEngine.Rules;
using NormsEngine.TestSupport;
using NRules.Fluent.Dsl;

namespace NormsEngine.Tests.Packs;

/// <summary>The same rules written in YAML and in C# give the same outcomes, locations, evidence and verdicts on the same documents.</summary>
public sealed class YamlAndCSharpEquivalenceTests
{
    private const string YamlPack = """
        apiVersion: norms/v1
        kind: RulePack
        metadata: { id: equivalence, version: 1.0.0, title: Equivalence }
        rules:
          - id: EQ0101
            title: Essential entities send an early warning within 24 hours
            principle: P1
            severity: error
            appliesWhen:
              roles.nis2Entity: { equals: essential }
            failsWhen:
              incidentResponse.reporting.earlyWarningHours: { greaterThan: 24 }
            message: "{incidentResponse.reporting.earlyWarningHours}"
          - id: EQ0102
            title: Suppliers with production access were assessed this year
            principle: P6
            severity: warning
            forEach: supplyChain.suppliers
            appliesWhen:
              item.accessToProduction: { equals: true }
            failsWhen:
              any:
                - item.lastAssessment: { olderThanDays: 365 }
                - item.incidentNoticeHours: { greaterThan: { path: incidentResponse.reporting.earlyWarningHours } }
            message: "{item.name}"
        """;

    public static TheoryData<string> Documents() => new()
    {
        "roles: { nis2Entity: essential }\nincidentResponse: { reporting: { earlyWarningHours: 48 } }\n",
        "roles: { nis2Entity: essential }\nincidentResponse: { reporting: { earlyWarningHours: 24 } }\n",
        "roles: { nis2Entity: essential }\n",
        "roles: { nis2Entity: important }\nincidentResponse: { reporting: { earlyWarningHours: 48 } }\n",
        """
        roles: { nis2Entity: essential }
        incidentResponse: { reporting: { earlyWarningHours: 24 } }
        supplyChain:
          suppliers:
            - { name: Old, accessToProduction: true, lastAssessment: 2024-01-01, incidentNoticeHours: 12 }
            - { name: Late, accessToProduction: true, lastAssessment: 2025-10-01, incidentNoticeHours: 48 }
            - { name: Good, accessToProduction: true, lastAssessment: 2025-10-01, incidentNoticeHours: 12 }
            - { name: NoDate, accessToProduction: true, incidentNoticeHours: 12 }
            - { name: NoNotice, accessToProduction: true, lastAssessment: 2025-10-01 }
            - { name: OldNoNotice, accessToProduction: true, lastAssessment: 2020-10-01 }
            - { name: Nothing, accessToProduction: true }
            - { name: Offline, accessToProduction: false, lastAssessment: 2020-01-01 }
            - { name: Unknown, lastAssessment: 2020-01-01 }

        """,
        """
        supplyChain:
          suppliers:
            - { name: NoOrganisationTime, accessToProduction: true, lastAssessment: 2025-10-01, incidentNoticeHours: 12 }
            - { name: OldAnyway, accessToProduction: true, lastAssessment: 2024-10-01, incidentNoticeHours: 12 }

        """,
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Evaluate_SameRuleInYamlAndCSharp_SameOutcomes(string body)
    {
        var yaml = RulePackFile.Parse(YamlPack, "equivalence.yaml");
        Assert.Empty(yaml.Errors);

        var fromYaml = PackHarness.Evaluate(yaml.Pack!, body);
        var fromCSharp = PackHarness.Evaluate(new CSharpPack(), body);

        Assert.Equal(Shape(fromCSharp), Shape(fromYaml));
        Assert.Equal(fromCSharp.Passed, fromYaml.Passed);
        Assert.Equal(
            fromCSharp.Principles.Select(p => (p.Principle.Id, p.Verdict, p.Score)),
            fromYaml.Principles.Select(p => (p.Principle.Id, p.Verdict, p.Score)));
    }

    /// <summary>A finding without the rule's own message, which differs between the two packs by design (NE0201's, listing the missing paths, is kept).</summary>
    private static List<(string RuleId, Severity Severity, Outcome Outcome, string? Principle, SourceLocation Location, string Fingerprint, string? Missing)> Shape(DocumentReport report) =>
        [.. report.Findings.Select(f => (f.RuleId, f.Severity, f.Outcome, f.Principle, f.Location, f.Fingerprint, f.RuleId == "NE0201" ? f.Message : null))];

    private sealed class CSharpPack : IRulePack
    {
        public static readonly RuleDescriptor EarlyWarning = RuleDescriptor.Create("EQ0101", "Early warning", "{0}", "equivalence", Severity.Error, string.Empty, string.Empty, principle: "P1");
        public static readonly RuleDescriptor SupplierAssessed = RuleDescriptor.Create("EQ0102", "Supplier assessed", "{0}", "equivalence", Severity.Warning, string.Empty, string.Empty, principle: "P6");

        public string Id => "equivalence";

        public string Version => "1.0.0";

        public string Title => "Equivalence";

        public string Owner => string.Empty;

        public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [EarlyWarning, SupplierAssessed];

        public IReadOnlyList<Type> RuleTypes { get; } = [typeof(EarlyWarningRule), typeof(SupplierAssessedRule)];

        public IReadOnlyDictionary<string, decimal> Thresholds { get; } = new Dictionary<string, decimal>();

        public IReadOnlyList<Principle> Principles { get; } = [];

        private sealed class EarlyWarningRule : Rule
        {
            public override void Define()
            {
                RuleContext context = null!;
                Organisation organisation = null!;
                When().Match(() => context).Match(() => organisation, o => o.Roles.Nis2Entity == Nis2Entity.Essential);
                Then().Do(_ => context.Decide(EarlyWarning, organisation, o => o.IncidentResponse.Reporting.EarlyWarningHours,
                    ThreeValued.Above(organisation.IncidentResponse.Reporting.EarlyWarningHours, 24), organisation.IncidentResponse.Reporting.EarlyWarningHours));
            }
        }

        private sealed class SupplierAssessedRule : Rule
        {
            public override void Define()
            {
                RuleContext context = null!;
                Organisation organisation = null!;
                Supplier supplier = null!;
                When().Match(() => context).Match(() => organisation).Match(() => supplier, s => s.AccessToProduction == true);
                Then().Do(_ => Evaluate(context, organisation, supplier));
            }

            private static void Evaluate(RuleContext context, Organisation o, Supplier s)
            {
                var early = o.IncidentResponse.Reporting.EarlyWarningHours;
                bool? old = context.AgeInDays(s.LastAssessment) is { } age ? age > 365 : null;
                bool? late = s.IncidentNoticeHours is { } notice && early is { } limit ? notice > limit : null;
                if (old == true)
                {
                    context.Fail(SupplierAssessed, s, x => x.LastAssessment, s.Name);
                }
                else if (late == true)
                {
                    context.Fail(SupplierAssessed, s, x => x.IncidentNoticeHours, s.Name);
                }
                else if (old is null || late is null)
                {
                    var missing = new List<string>();
                    if (old is null)
                    {
                        missing.Add(context.PathOf(s, x => x.LastAssessment));
                    }

                    if (late is null && s.IncidentNoticeHours is null)
                    {
                        missing.Add(context.PathOf(s, x => x.IncidentNoticeHours));
                    }

                    if (late is null && early is null)
                    {
                        missing.Add(context.PathOf(o, x => x.IncidentResponse.Reporting.EarlyWarningHours));
                    }

                    context.InsufficientData(SupplierAssessed, missing, at: s.Path);
                }
                else
                {
                    context.Pass(SupplierAssessed, s, x => x.LastAssessment);
                }
            }
        }
    }
}

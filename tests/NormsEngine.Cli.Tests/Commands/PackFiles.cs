using NormsEngine.TestSupport;
namespace NormsEngine.Cli.Tests.Commands;

/// <summary>Small rule packs and fixtures in the YAML rule language, for the tests of --pack, norms test and rules docs.</summary>
internal static class PackFiles
{
    /// <summary>Two rules: an organisation-level one (CTS0101) and a per-supplier join (CTS0102).</summary>
    public const string Nis2 = """
        apiVersion: norms/v1
        kind: RulePack
        metadata:
          id: contoso.nis2
          version: 1.2.0
          title: Contoso NIS2 supplement
          owner: Contoso Advisory
          helpUri: https://contoso.example/norms/{id}
        rules:
          - id: CTS0101
            title: Essential entities send an early warning within 24 hours
            principle: P1
            severity: error
            appliesWhen:
              roles.nis2Entity: { equals: essential }
            failsWhen:
              incidentResponse.reporting.earlyWarningHours: { greaterThan: 24 }
            message: "Early warning is promised within {incidentResponse.reporting.earlyWarningHours} hours; NIS2 asks for 24."
            remediation: Set up an early-warning procedure that reaches the national CSIRT within 24 hours.
            references: ["NIS2 Art. 23(4)(a)"]
          - id: CTS0102
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
            message: "{item.name}: assessed {item.lastAssessment}, notice {item.incidentNoticeHours} h"

        """;

    /// <summary>An essential entity that promises an early warning in 48 hours: CTS0101 at line 10, column 24.</summary>
    public const string LateWarning = """
        apiVersion: norms/v1
        kind: Organisation
        metadata:
          name: Late Ltd
          assessedOn: 2026-10-15
        roles:
          nis2Entity: essential
        incidentResponse:
          reporting:
            earlyWarningHours: 48   # expect: CTS0101
        # expect-verdict: P1 notSatisfied

        """;

    /// <summary>The same organisation promising 12 hours: no finding, and its annotations are wrong on purpose.</summary>
    public const string WrongExpectations = """
        apiVersion: norms/v1
        kind: Organisation
        metadata:
          name: Prompt Ltd
          assessedOn: 2026-10-15
        roles:
          nis2Entity: essential
        incidentResponse:
          reporting:
            earlyWarningHours: 12   # expect: CTS0101
        # expect-verdict: P1 notSatisfied

        """;

    /// <summary>One supplier with production access last assessed two years before: CTS0102 at line 13.</summary>
    public const string StaleSupplier = """
        apiVersion: norms/v1
        kind: Organisation
        metadata:
          name: Supplied Ltd
          assessedOn: 2026-10-15
        incidentResponse:
          reporting:
            earlyWarningHours: 24
        supplyChain:
          suppliers:
            - name: Old Hosting
              accessToProduction: true
              lastAssessment: 2024-10-01   # expect: CTS0102
              incidentNoticeHours: 12

        """;

    /// <summary>A rule that names a Paris Call threshold, criticalPatchSlaDays, at line 14.</summary>
    public const string Sla = """
        apiVersion: norms/v1
        kind: RulePack
        metadata:
          id: tests.sla
          version: 1.0.0
          title: SLA
          owner: Tests
        rules:
          - id: SLA0101
            title: Critical patches within the Paris Call SLA
            principle: P7
            severity: error
            failsWhen:
              hygiene.patching.criticalExternalSlaDays: { greaterThan: { threshold: criticalPatchSlaDays } }
            message: "Critical patches in {hygiene.patching.criticalExternalSlaDays} days"

        """;

    /// <summary>The built Contoso.Norms sample pack (the test project builds it first, in the same configuration).</summary>
    public static string ContosoAssembly
    {
        get
        {
            var segments = AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            var configuration = segments[Array.LastIndexOf(segments, "bin") + 1];
            return RepositoryPaths.Combine("samples", "CustomRulePack", "src", "Contoso.Norms", "bin", configuration, "net10.0", "Contoso.Norms.dll");
        }
    }

    /// <summary>The Contoso.Norms sample's fixtures.</summary>
    public static string ContosoFixtures { get; } = RepositoryPaths.Combine("samples", "CustomRulePack", "tests", "Contoso.Norms.Tests", "fixtures");
}

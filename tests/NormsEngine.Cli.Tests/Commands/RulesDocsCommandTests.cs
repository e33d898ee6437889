using NormsEngine.TestSupport;
namespace NormsEngine.Cli.Tests.Commands;

/// <summary><c>norms rules docs PACK --output DIR</c>: a page per rule in the shape of rules/paris-call/, and an index.</summary>
public sealed class RulesDocsCommandTests : IDisposable
{
    private static readonly string[] Sections =
        ["\n## Cause\n", "\n## Rule description\n", "\n## How to fix\n", "\n## When to suppress\n", "\n## Example\n", "\n## References\n"];

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void RulesDocs_YamlPack_WritesAPagePerRuleWithEverySection()
    {
        _workspace.Write("contoso.nis2.yaml", PackFiles.Nis2);

        var (exit, output, error) = _workspace.Run("rules", "docs", "contoso.nis2.yaml", "--output", "docs");

        Assert.True(exit == 0, error);
        Assert.Equal("Wrote 2 rule pages and index.md to docs.\n", output);
        Assert.Equal(["CTS0101.md", "CTS0102.md", "index.md"], Directory.GetFiles(Path.Combine(_workspace.Folder, "docs")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var id in new[] { "CTS0101", "CTS0102" })
        {
            var page = _workspace.Read($"docs/{id}.md");
            Assert.StartsWith($"# {id}: ", page, StringComparison.Ordinal);
            Assert.Contains($"| Rule ID | {id} |", page, StringComparison.Ordinal);
            var at = 0;
            foreach (var section in Sections)
            {
                var next = page.IndexOf(section, at, StringComparison.Ordinal);
                Assert.True(next > at, $"{id}: '{section.Trim()}' missing or out of order");
                at = next;
            }

            Assert.Contains($"# norms-ignore {id}: ", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RulesDocs_YamlPack_DerivesScopeChecksAndFixFromThePack()
    {
        _workspace.Write("contoso.nis2.yaml", PackFiles.Nis2);

        _workspace.Run("rules", "docs", "contoso.nis2.yaml", "--output", "docs");
        var first = _workspace.Read("docs/CTS0101.md");
        var second = _workspace.Read("docs/CTS0102.md");

        Assert.StartsWith(
            "# CTS0101: Essential entities send an early warning within 24 hours\n\n| | |\n| --- | --- |\n| Rule ID | CTS0101 |\n"
            + "| Principle | P1 Protect individuals and infrastructure |\n| Default severity | error |\n"
            + "| Scope | `roles.nis2Entity` is `essential` |\n| Checks | `incidentResponse.reporting.earlyWarningHours` |\n",
            first,
            StringComparison.Ordinal);
        Assert.Contains("`incidentResponse.reporting.earlyWarningHours` is greater than 24", first, StringComparison.Ordinal);
        Assert.Contains("## How to fix\n\nSet up an early-warning procedure that reaches the national CSIRT within 24 hours.\n", first, StringComparison.Ordinal);
        Assert.Contains("## References\n\n- NIS2 Art. 23(4)(a)\n", first, StringComparison.Ordinal);
        Assert.Contains("    path: incidentResponse.reporting.earlyWarningHours\n", first, StringComparison.Ordinal);
        Assert.Contains("| Scope | each item of `supplyChain.suppliers` where `item.accessToProduction` is `true` |", second, StringComparison.Ordinal);
        Assert.Contains("| Checks | `item.lastAssessment`, `item.incidentNoticeHours`, `incidentResponse.reporting.earlyWarningHours` |", second, StringComparison.Ordinal);
        Assert.Contains("any of: `item.lastAssessment` is more than 365 days before the as-of date; `item.incidentNoticeHours` is greater than `incidentResponse.reporting.earlyWarningHours`", second, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesDocs_YamlPack_DescribesTheCompiledRuleNotTheText()
    {
        // Written unlike the conditions' words on purpose: flow mappings, a quoted path and a threshold the pack declares.
        _workspace.Write("notice.yml", """
            apiVersion: norms/v1
            kind: RulePack
            metadata: { id: tests.notice, version: 1.0.0, title: Notice }
            thresholds: { maxNoticeHours: 24 }
            rules:
              - { id: NTC0101, title: Suppliers give notice in time, principle: P6, severity: warning, forEach: supplyChain.suppliers,
                  appliesWhen: { not: { item.critical: { equals: false } } },
                  failsWhen: { "item.incidentNoticeHours": { greaterThan: { threshold: maxNoticeHours } } },
                  message: "{item.name} gives notice in {item.incidentNoticeHours} h" }

            """);

        var (exit, _, error) = _workspace.Run("rules", "docs", "notice.yml", "--output", "docs");
        var page = _workspace.Read("docs/NTC0101.md");

        Assert.True(exit == 0, error);
        Assert.Contains("| Scope | each item of `supplyChain.suppliers` where not: `item.critical` is `false` |\n", page, StringComparison.Ordinal);
        Assert.Contains("| Checks | `item.incidentNoticeHours` |\n", page, StringComparison.Ordinal);
        Assert.Contains("For an item of `supplyChain.suppliers`, this does not hold: suppliers give notice in time, because `item.incidentNoticeHours` is greater than the threshold `maxNoticeHours` (24).", page, StringComparison.Ordinal);
        Assert.Contains("> {item.name} gives notice in {item.incidentNoticeHours} h\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesDocs_Index_ListsEveryRuleWithLinks()
    {
        _workspace.Write("contoso.nis2.yaml", PackFiles.Nis2);

        _workspace.Run("rules", "docs", "contoso.nis2.yaml", "--output", "docs");
        var index = _workspace.Read("docs/index.md");

        Assert.StartsWith("# Contoso NIS2 supplement\n\nPack `contoso.nis2` version 1.2.0, maintained by Contoso Advisory: 2 rules.\n", index, StringComparison.Ordinal);
        Assert.Contains("| [CTS0101](CTS0101.md) | Essential entities send an early warning within 24 hours | P1 Protect individuals and infrastructure | error |\n", index, StringComparison.Ordinal);
        Assert.Contains("| [CTS0102](CTS0102.md) | ", index, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesDocs_SamePackTwice_GivesTheSameBytes()
    {
        _workspace.Write("contoso.nis2.yaml", PackFiles.Nis2);

        _workspace.Run("rules", "docs", "contoso.nis2.yaml", "--output", "one");
        _workspace.Run("rules", "docs", "contoso.nis2.yaml", "--output", "two");

        foreach (var file in new[] { "CTS0101.md", "CTS0102.md", "index.md" })
        {
            Assert.Equal(_workspace.Read("one/" + file), _workspace.Read("two/" + file));
        }
    }

    [Fact]
    public void RulesDocs_ParisCall_WritesEveryRule()
    {
        var (exit, output, error) = _workspace.Run("rules", "docs", "paris-call", "-o", "pc");

        Assert.True(exit == 0, error);
        Assert.Equal("Wrote 68 rule pages and index.md to pc.\n", output);
        var page = _workspace.Read("pc/PC0702.md");
        Assert.StartsWith("# PC0702: Every administrative account is behind MFA\n", page, StringComparison.Ordinal);
        Assert.Contains("| Principle | P7 Cyber hygiene |", page, StringComparison.Ordinal);
        Assert.Contains("## References\n\n- CIS Controls v8 6.5\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesDocs_PackAssembly_WritesItsRule()
    {
        var (exit, _, error) = _workspace.Run("rules", "docs", PackFiles.ContosoAssembly, "--output", "contoso");

        Assert.True(exit == 0, error);
        var page = _workspace.Read("contoso/CTS0601.md");
        Assert.Contains("| Principle | P6 Lifecycle security |", page, StringComparison.Ordinal);
        Assert.Contains("Add security clauses to at least one of the two contracts", page, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesDocs_BrokenPack_Exits2AndWritesNothing()
    {
        _workspace.Write("broken.yaml", PackFiles.Nis2.Replace("severity: error", "severity: fatal", StringComparison.Ordinal));

        var (exit, _, error) = _workspace.Run("rules", "docs", "broken.yaml", "--output", "docs");

        Assert.Equal(2, exit);
        Assert.Contains("broken.yaml(13,15): error NE0101: ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_workspace.Folder, "docs")));
    }

    [Fact]
    public void RulesDocs_WithoutOutput_Exits2()
    {
        var (exit, _, error) = CliRunner.Run("rules", "docs", "paris-call");

        Assert.Equal(2, exit);
        Assert.Contains("--output", error, StringComparison.Ordinal);
    }
}

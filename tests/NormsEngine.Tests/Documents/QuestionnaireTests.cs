using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Documents;

/// <summary>The questionnaire fix (<see cref="CodeFixes.AddMissing"/>) that <c>norms fix --add-missing</c> applies.</summary>
public sealed class QuestionnaireTests
{
    private static IReadOnlyList<Finding> Findings(string text, string file = "org.yaml") =>
        ReportSamples.Evaluator.EvaluateYaml(text.TrimStart('\uFEFF'), file).Documents.SelectMany(d => d.Findings).ToList();

    private static string AddMissing(string text)
    {
        var fix = CodeFixes.AddMissing(text, Findings(text));
        return fix is null ? text : CodeFixes.Apply(text, [fix]);
    }

    [Fact]
    public void AddMissing_SparseSample_LoadsCleanAndEveryInsufficientDataPointsAtItsInsertedLine()
    {
        var original = Workspace.Sample("small-ngo.yaml");
        var before = Findings(original).Where(f => f.RuleId == "NE0201").ToList();
        Assert.NotEmpty(before);

        var questionnaire = AddMissing(original);

        var document = new DocumentLoader().Load(questionnaire, "org.yaml")[0];
        Assert.Empty(document.Findings);
        var lines = questionnaire.Split('\n');
        var originalLines = original.Split('\n').ToHashSet(StringComparer.Ordinal);
        var after = Findings(questionnaire).Where(f => f.RuleId == "NE0201").ToList();
        Assert.Equal(before.Select(f => f.Message).Order(StringComparer.Ordinal), after.Select(f => f.Message).Order(StringComparer.Ordinal));
        Assert.All(after, finding =>
        {
            var line = lines[finding.Location.Line - 1];
            Assert.False(originalLines.Contains(line), $"{finding} points at a line of the original document: {line}");
            Assert.Contains(finding.Location.Path[(finding.Location.Path.LastIndexOf('.') + 1)..] + ":  # ", line, StringComparison.Ordinal);
            Assert.True(document.SourceMap.Contains(finding.Location.Path), finding.Location.Path);
        });
    }

    [Fact]
    public void AddMissing_SparseSample_OnlyInsertsLinesAndKeepsEveryOriginalLineInOrder()
    {
        var original = Workspace.Sample("small-ngo.yaml");

        var questionnaire = AddMissing(original);

        var remaining = new Queue<string>(original.Split('\n'));
        foreach (var line in questionnaire.Split('\n'))
        {
            if (remaining.Count > 0 && remaining.Peek() == line)
            {
                remaining.Dequeue();
            }
            else
            {
                Assert.Matches(@"^ *[a-zA-Z]+:( +# .*)?$", line);
            }
        }

        Assert.Empty(remaining);
        Assert.Contains("\n  patching:\n    osCadenceDays:  # ", questionnaire, StringComparison.Ordinal);
        Assert.Contains("\n    remoteAccessPct:  # Remote access paths behind MFA. Declare a percentage from 0 to 100.\n", questionnaire, StringComparison.Ordinal);
        Assert.Contains("\nresilience:\n  backups:\n    lastRestoreTest:  # Last successful restore test. Declare a date as YYYY-MM-DD.\n", questionnaire, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMissing_Twice_SecondChangesNothing()
    {
        var once = AddMissing(Workspace.Sample("small-ngo.yaml"));

        Assert.Equal(once, AddMissing(once));
    }

    [Fact]
    public void AddMissing_OneLineDocument_AsksForTheRequiredName()
    {
        var text = "apiVersion: norms/v1\nkind: Organisation\n";

        var questionnaire = AddMissing(text);

        Assert.Equal(text + "metadata:\n  name:  # The organisation's name. Declare text (required).\n", questionnaire);
    }

    [Fact]
    public void AddMissing_CrlfWithByteOrderMarkAndFourSpaceIndent_FollowsTheDocument()
    {
        var text = "\uFEFFapiVersion: norms/v1\r\nkind: Organisation\r\nmetadata:\r\n    name: X\r\n    type: ngo\r\n    country: NLD\r\nroles:\r\n    internetFacing: true\r\nhygiene:\r\n    mfa:\r\n        adminPct: 100\r\n";

        var questionnaire = AddMissing(text);

        Assert.StartsWith(text[..^2] + "\r\n        externalAppsPct:  # ", questionnaire, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", questionnaire.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(new DocumentLoader().Load(questionnaire)[0].Findings);
    }

    [Fact]
    public void AddMissing_SectionUnderAFlowMapping_IsLeftOut()
    {
        var text = "apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: X, type: ngo, country: NLD }\nroles: { internetFacing: true }\nhygiene: { mfa: { adminPct: 100 } }\n";

        var questionnaire = AddMissing(text);

        Assert.StartsWith(text, questionnaire, StringComparison.Ordinal);
        Assert.Empty(new DocumentLoader().Load(questionnaire)[0].Findings);
        Assert.DoesNotContain("externalAppsPct", questionnaire, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMissing_DocumentEndingWithAnAlias_InsertsAfterTheAliasLineAndKeepsItsMeaning()
    {
        // The last supplier is an alias of the first: the reader reuses the first one's node, and with it its lines.
        var text = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: X\n  type: ngo\n  country: NLD\nsupplyChain:\n  suppliers:\n    - &s\n      name: A\n    - *s\n";
        var before = new DocumentLoader().Load(text, "org.yaml")[0].Organisation!.SupplyChain.Suppliers!.Select(s => s.Name).ToList();

        var questionnaire = AddMissing(text);

        var document = new DocumentLoader().Load(questionnaire, "org.yaml")[0];
        Assert.Empty(document.Findings);
        Assert.Equal(["A", "A"], before);
        Assert.Equal(before, document.Organisation!.SupplyChain.Suppliers!.Select(s => s.Name));
        Assert.Contains("\n  suppliers:\n    - &s\n      name: A\n", questionnaire, StringComparison.Ordinal);
        var alias = questionnaire.IndexOf("\n    - *s\n", StringComparison.Ordinal);
        Assert.True(alias > 0, questionnaire);
        Assert.True(questionnaire.IndexOf("\nhygiene:\n", StringComparison.Ordinal) > alias, questionnaire);
        Assert.True(questionnaire.IndexOf("\n  supplierInventory:", StringComparison.Ordinal) > alias, questionnaire);
    }

    [Fact]
    public void AddMissing_EmptySectionAndAPathNotInTheCatalogue_NoEditForThatPath()
    {
        var text = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n";
        var unknown = new Finding(EngineDiagnostics.MissingRequiredField, "metadata.bogus is required.", new SourceLocation("org.yaml", "metadata.bogus", 3, 1, 3, 10));
        var name = new Finding(EngineDiagnostics.MissingRequiredField, "metadata.name is required.", new SourceLocation("org.yaml", "metadata.name", 3, 1, 3, 10));

        var alone = CodeFixes.AddMissing(text, [unknown]);
        var both = CodeFixes.AddMissing(text, [unknown, name]);

        Assert.Null(alone);
        Assert.NotNull(both);
        Assert.Equal(text + "  name:  # The organisation's name. Declare text (required).\n", CodeFixes.Apply(text, [both]));
    }
}

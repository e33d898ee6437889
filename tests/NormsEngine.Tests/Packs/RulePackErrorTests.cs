using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;
using static NormsEngine.TestSupport.PackHarness;

namespace NormsEngine.Tests.Packs;

/// <summary>
/// Every mistake a pack can hold is NE0101 at its line and column, with a "did you mean" where one is close.
/// In <see cref="PackHarness.OneRule"/> packs the rule's message is on line 10 and failsWhen on line 11 (12 with forEach).
/// </summary>
public sealed class RulePackErrorTests
{
    [Fact]
    public void Parse_UnknownPath_SuggestsTheClosestField()
    {
        var yaml = OneRule("{ hygiene.mfa.adminPc: { lessThan: 100 } }");

        var error = AssertOneError(yaml, 11, "hygiene.mfa.adminPc", "did you mean 'hygiene.mfa.adminPct'?");
        Assert.Equal("rules[0].failsWhen.hygiene.mfa.adminPc", error.Location.Path);
        Assert.Equal("pack.yaml", error.Location.File);
    }

    [Theory]
    [InlineData("one", "since 'one' is not a SemVer version")]
    [InlineData("1.0", "since '1.0' is not a SemVer version")]
    [InlineData("1.0.1", "since 1.0.1 is later than the pack's version 1.0.0")]
    public void Parse_SinceNotAReleaseOfThePack_IsNe0101AtIt(string since, string message) =>
        AssertOneError(WithSince(since), 10, "\"" + since, message);

    [Fact]
    public void Parse_SinceAReleaseOfThePack_TagsTheRule()
    {
        var pack = Load(WithSince("0.9.0"));

        Assert.Contains("since:0.9.0", Assert.Single(pack.Descriptors).Tags);
    }

    [Fact]
    public void Parse_UnknownTopLevelPath_SuggestsTheClosestSection() =>
        AssertOneError(OneRule("{ hygene.mfa.adminPct: { lessThan: 100 } }"), 11, "hygene", "did you mean 'hygiene.mfa.adminPct'?");

    [Fact]
    public void Parse_ItemFieldWithoutItemPrefix_SuggestsItemPath() =>
        AssertOneError(OneRule("{ accessToProduction: { equals: true } }", forEach: true), 12, "accessToProduction", "did you mean 'item.accessToProduction'");

    [Fact]
    public void Parse_UnknownItemField_SuggestsTheClosestSupplierField() =>
        AssertOneError(OneRule("{ item.lastAsessment: { olderThanDays: 365 } }", forEach: true), 12, "item.lastAsessment", "did you mean 'item.lastAssessment'?");

    [Fact]
    public void Parse_ItemPathWithoutForEach_SaysToAddForEach() =>
        AssertOneError(OneRule("{ item.critical: { equals: true } }"), 11, "item.critical", "add forEach: supplyChain.suppliers");

    [Fact]
    public void Parse_PathIntoTheSupplierList_SaysToUseForEach() =>
        AssertOneError(OneRule("{ supplyChain.suppliers.critical: { equals: true } }"), 11, "supplyChain", "use forEach: supplyChain.suppliers and item.critical");

    [Fact]
    public void Parse_IndexedPath_SaysPathsNameFields() =>
        AssertOneError(OneRule("{ \"supplyChain.suppliers[0].critical\": { equals: true } }"), 11, "\"supplyChain", "indexes a list");

    [Fact]
    public void Parse_ForEachOnAnotherPath_NamesTheOneList()
    {
        var yaml = OneRule("{ item.critical: { equals: true } }", forEach: true).Replace("forEach: supplyChain.suppliers", "forEach: network.asns", StringComparison.Ordinal);

        AssertOneError(yaml, 11, "network.asns", "The model has one: supplyChain.suppliers");
    }

    [Fact]
    public void Parse_ForEachTypo_SuggestsTheList()
    {
        var yaml = OneRule("{ item.critical: { equals: true } }", forEach: true).Replace("forEach: supplyChain.suppliers", "forEach: supplyChain.supliers", StringComparison.Ordinal);

        AssertOneError(yaml, 11, "supplyChain.supliers", "did you mean 'supplyChain.suppliers'?");
    }

    [Theory]
    [InlineData("{ norms.sharesThreatIntel: { greaterThan: 1 } }", "greaterThan", "greaterThan does not fit norms.sharesThreatIntel, which is true or false; only numbers and dates are ordered")]
    [InlineData("{ hygiene.mfa.adminPct: { contains: 1 } }", "contains", "contains does not fit hygiene.mfa.adminPct")]
    [InlineData("{ supplyChain.suppliers: { contains: x } }", "contains", "contains does not fit supplyChain.suppliers")]
    [InlineData("{ hygiene.patching.osCadenceDays: { olderThanDays: 30 } }", "olderThanDays", "olderThanDays is for dates")]
    [InlineData("{ hygiene.patching.osCadenceDays: { isEmpty: true } }", "isEmpty", "isEmpty does not fit hygiene.patching.osCadenceDays")]
    [InlineData("{ hygiene.patching.osCadenceDays: { matches: \"^1\" } }", "matches", "matches does not fit hygiene.patching.osCadenceDays")]
    [InlineData("{ norms.isacs: { equals: FS-ISAC } }", "equals", "to look for a value in a list, use contains")]
    [InlineData("{ hygiene.mfa: { equals: 1 } }", "equals", "equals does not fit hygiene.mfa, which is a mapping of fields")]
    public void Parse_TestThatDoesNotFitTheField_ErrorAtTheTest(string failsWhen, string token, string message) =>
        AssertOneError(OneRule(failsWhen), 11, token, message);

    [Theory]
    [InlineData("{ hygiene.mfa.adminPct: { lessThan: high } }", "high", "lessThan on hygiene.mfa.adminPct needs a percentage from 0 to 100; found 'high'")]
    [InlineData("{ roles.nis2Entity: { equals: esential } }", "esential", "roles.nis2Entity has no value 'esential'; expected one of none, important, essential. Did you mean 'essential'?")]
    [InlineData("{ metadata.assessedOn: { lessThan: 2026-13-01 } }", "2026-13-01", "needs a date as YYYY-MM-DD")]
    [InlineData("{ norms.sharesThreatIntel: { equals: yes } }", "yes", "needs true or false; found 'yes'")]
    [InlineData("{ roles.nis2Entity: { in: essential } }", "essential", "in takes a list of values")]
    [InlineData("{ roles.nis2Entity: { in: [essential, importnt] } }", "importnt", "Did you mean 'important'?")]
    [InlineData("{ network.kinds: { contains: ipx } }", "ipx", "Did you mean 'ixp'?")]
    [InlineData("{ norms.isacs: { isEmpty: 1 } }", "1 }", "isEmpty takes true or false")]
    [InlineData("{ norms.isacs: { declared: maybe } }", "maybe", "declared takes true or false")]
    [InlineData("{ resilience.backups.lastRestoreTest: { olderThanDays: soon } }", "soon", "needs a whole number of days")]
    [InlineData("{ hygiene.mfa.adminPct: { greaterThan: { path: metadata.assessedOn } } }", "metadata.assessedOn", "metadata.assessedOn is a date as YYYY-MM-DD")]
    [InlineData("{ hygiene.mfa.adminPct: { greaterThan: { pth: metadata.assessedOn } } }", "pth", "did you mean 'path'?")]
    public void Parse_LiteralOfTheWrongType_ErrorAtTheValue(string failsWhen, string token, string message) =>
        AssertOneError(OneRule(failsWhen), 11, token, message);

    [Theory]
    [InlineData("{ hygiene.mfa.adminPct: { lessThan: \"100\" } }", "\"100\"", "lessThan on hygiene.mfa.adminPct needs a percentage from 0 to 100; found the text '100'")]
    [InlineData("{ hygiene.mfa.adminPct: { lessThan: !!int 1.5 } }", "!!int", "is tagged !!int, which needs an integer; found '1.5'")]
    [InlineData("{ hygiene.mfa.adminPct: { lessThan: !pct 100 } }", "!pct", "has the tag !pct, which a rule pack cannot use on a value")]
    [InlineData("{ norms.sharesThreatIntel: { equals: \"true\" } }", "\"true\"", "needs true or false; found the text 'true'")]
    [InlineData("!cond { x-a: { equals: 1 } }", "!cond", "has the tag !cond, which a rule pack cannot use on a mapping")]
    public void Parse_ValueOfTheWrongCoreTypeOrTag_ErrorAtTheValue(string failsWhen, string token, string message) =>
        AssertOneError(OneRule(failsWhen), 11, token, message);

    [Fact]
    public void Parse_TaggedRuleKey_ErrorAtTheTag() =>
        AssertOneError(OneRule("{ x-a: { equals: 1 } }").Replace("    title: T", "    title: !label T", StringComparison.Ordinal), 7, "!label", "rules[0].title has the tag !label");

    [Fact]
    public void Parse_UnknownTest_SuggestsTheClosestTest() =>
        AssertOneError(OneRule("{ hygiene.mfa.adminPct: { lessThen: 100 } }"), 11, "lessThen", "Unknown test 'lessThen'; did you mean 'lessThan'?");

    [Fact]
    public void Parse_CombinatorTypo_SuggestsTheCombinator() =>
        AssertOneError(OneRule("{ anyy: [ { x-a: { equals: 1 } } ] }"), 11, "anyy", "did you mean the combinator 'any'?");

    [Fact]
    public void Parse_EmptyAny_SaysItTakesAList() =>
        AssertOneError(OneRule("{ any: [] }"), 11, "[]", "any takes a list of conditions");

    [Fact]
    public void Parse_UnknownThreshold_SuggestsTheClosest() =>
        AssertOneError(OneRule("{ incidentResponse.reporting.earlyWarningHours: { greaterThan: { threshold: limitHour } } }"), 11, "limitHour", "Unknown threshold 'limitHour'; did you mean 'limitHours'?");

    [Fact]
    public void Parse_ThresholdOnADate_ThresholdsAreNumbers() =>
        AssertOneError(OneRule("{ metadata.assessedOn: { lessThan: { threshold: limitHours } } }"), 11, "threshold", "Thresholds are numbers");

    [Fact]
    public void Parse_InvalidRegex_ErrorAtThePattern() =>
        AssertOneError(OneRule("{ metadata.name: { matches: \"(ab\" } }"), 11, "\"(ab\"", "Invalid regular expression '(ab'");

    [Fact]
    public void Parse_PlaceholderNamingNoPath_ErrorAtThePlaceholder()
    {
        var error = AssertOneError(OneRule("{ x-a: { equals: 1 } }", message: "MFA is {hygiene.mfa.adminPc}%"), 10, "{", "The message placeholder {hygiene.mfa.adminPc} names no path");
        Assert.Contains("did you mean 'hygiene.mfa.adminPct'?", error.Message, StringComparison.Ordinal);
        Assert.Equal("rules[0].message", error.Location.Path);
    }

    [Fact]
    public void Parse_PlaceholderNamingASection_NotAValue() =>
        AssertOneError(OneRule("{ x-a: { equals: 1 } }", message: "see {hygiene.mfa}"), 10, "{", "names a mapping of fields, not a value");

    [Fact]
    public void Parse_UnclosedPlaceholder_ErrorAtTheBrace() =>
        AssertOneError(OneRule("{ x-a: { equals: 1 } }", message: "value {x-a"), 10, "{", "no closing '}'");

    [Theory]
    [InlineData("principle: P1", "principle: P10", "P10", "Unknown principle 'P10'; expected one of P1, P2, P3, P4, P5, P6, P7, P8, P9.")]
    [InlineData("principle: P1", "principle: p6", "p6", "Did you mean 'P6'?")]
    [InlineData("severity: error", "severity: warnng", "warnng", "Unknown severity 'warnng'; expected one of error, warning, info. Did you mean 'warning'?")]
    [InlineData("severity: error", "severity: critical", "critical", "Unknown severity 'critical'; expected one of error, warning, info.")]
    [InlineData("id: T0001", "id: T-0001", "T-0001", "Rule ID 'T-0001' must be letters followed by digits")]
    [InlineData("id: T0001", "id: \"0101\"", "\"0101\"", "Rule ID '0101' must be letters followed by digits")]
    [InlineData("version: 1.0.0", "version: 1.0", "1.0,", "is not a SemVer version")]
    [InlineData("id: t,", "id: contoso nis2,", "contoso nis2", "Pack ID 'contoso nis2' must be letters")]
    [InlineData("apiVersion: norms/v1", "apiVersion: norms/v2", "norms/v2", "apiVersion must be norms/v1; found 'norms/v2'")]
    [InlineData("kind: RulePack", "kind: Organisation", "Organisation", "kind must be RulePack")]
    [InlineData("    title: T\n", "    titel: T\n", "titel", "Unknown key 'titel' in a rule; did you mean 'title'?")]
    [InlineData("limitHours: 24", "limitHours: lots", "lots", "Threshold limitHours must be a number")]
    public void Parse_BadMetadataOrRuleKey_ErrorAtTheValue(string replace, string with, string token, string message)
    {
        var yaml = OneRule("{ x-a: { equals: 1 } }");
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains(replace.TrimEnd('\n'), StringComparison.Ordinal)) + 1;

        var errors = Errors(yaml.Replace(replace, with, StringComparison.Ordinal));

        // a misspelt required key is also a missing one
        var error = Assert.Single(errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        AssertAt(yaml.Replace(replace, with, StringComparison.Ordinal), error, line, token);
    }

    [Fact]
    public void Parse_DuplicateRuleId_ErrorAtTheSecondId()
    {
        var yaml = OneRule("{ x-a: { equals: 1 } }") + "  - { id: T0001, title: U, principle: P2, severity: info, message: m, failsWhen: { x-b: { equals: 2 } } }\n";

        AssertOneError(yaml, 12, "T0001", "Rule ID T0001 is already used by the rule at line 6");
    }

    [Theory]
    [InlineData("    failsWhen:", "failsWhen")]
    [InlineData("    message:", "message")]
    [InlineData("    title:", "title")]
    [InlineData("    severity:", "severity")]
    public void Parse_RuleWithoutARequiredKey_ErrorAtTheRule(string linePrefix, string key)
    {
        var lines = OneRule("{ x-a: { equals: 1 } }").Split('\n').Where(l => !l.StartsWith(linePrefix, StringComparison.Ordinal));

        var error = Assert.Single(Errors(string.Join('\n', lines)));

        Assert.Equal($"Rule T0001 has no '{key}'; it is required.", error.Message);
        Assert.Equal((6, 5, $"rules[0].{key}"), (error.Location.Line, error.Location.Column, error.Location.Path));
    }

    [Fact]
    public void Parse_MetadataWithoutVersionOrRulesKey_BothReported()
    {
        var yaml = "apiVersion: norms/v1\nkind: RulePack\nmetadata:\n  id: t\n  title: T\n";

        var errors = Errors(yaml);

        Assert.Equal(
            [("The rule pack has no 'rules'; it is required.", 1, 1), ("metadata has no 'version'; it is required.", 4, 3)],
            errors.Select(e => (e.Message, e.Location.Line, e.Location.Column)));
    }

    [Fact]
    public void Parse_InvalidYaml_Ne0101AtTheSyntaxError()
    {
        var error = Assert.Single(Errors("apiVersion: norms/v1\nkind: RulePack\nmetadata: { id: t\n"));

        Assert.Equal("NE0101", error.RuleId);
        Assert.Equal(4, error.Location.Line);
    }

    [Fact]
    public void Parse_EmptyFile_SaysWhatAPackIs() =>
        Assert.Contains("the file is empty", Assert.Single(Errors(string.Empty)).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_ManyMistakes_ReportsThemAllInOrder()
    {
        var yaml = PackHeader +
            "  - id: T0001\n    title: T\n    principle: P0\n    severity: error\n    message: \"{x-a} {hygiene.mfa.adminPc}\"\n" +
            "    appliesWhen: { roles.nis2Entity: { equals: esential } }\n" +
            "    failsWhen: { any: [ { hygiene.patching.osCadenceDays: { greaterThan: 30 } }, { norms.sharesThreatIntel: { olderThanDays: 1 } }, { metadata.name: { matches: \"[\" } } ] }\n";

        var errors = Errors(yaml);

        Assert.Equal(5, errors.Count);
        AssertAt(yaml, errors[0], 8, "P0");
        AssertAt(yaml, errors[1], 10, "{hygiene");
        AssertAt(yaml, errors[2], 11, "esential");
        AssertAt(yaml, errors[3], 12, "olderThanDays");
        AssertAt(yaml, errors[4], 12, "\"[\"");
    }

    /// <summary>A one-rule pack (version 1.0.0) whose rule declares <c>since:</c> on line 10.</summary>
    private static string WithSince(string since) =>
        OneRule("{ hygiene.mfa.adminPct: { lessThan: 100 } }").Replace("    severity: error\n", $"    severity: error\n    since: \"{since}\"\n", StringComparison.Ordinal);

    private static Finding AssertOneError(string yaml, int line, string token, string message)
    {
        var errors = Errors(yaml);
        var error = Assert.Single(errors);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        AssertAt(yaml, error, line, token);
        return error;
    }

    /// <summary>The finding is on <paramref name="line"/> at the first occurrence of <paramref name="token"/> in it.</summary>
    private static void AssertAt(string yaml, Finding error, int line, string token)
    {
        var text = yaml.Split('\n')[line - 1];
        var column = text.IndexOf(token, StringComparison.Ordinal) + 1;
        Assert.True(column > 0, $"'{token}' is not on line {line}: {text}");
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
    }
}

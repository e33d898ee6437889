using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Configuration;

public class ConfigurationFileTests : IDisposable
{
    private const string Header = "apiVersion: norms/v1\nkind: Configuration\n";

    private readonly Workspace _workspace = new("norms-config-");

    public void Dispose()
    {
        _workspace.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Parse_FullExample_ReadsEverySetting()
    {
        var result = ConfigurationFile.Parse(Header + """
            root: true
            packs:
              - paris-call
              - ./packs/contoso.yaml
            rules:
              PC0901: none
              PC07*: error
            principles:
              P3: none
            thresholds:
              criticalPatchSlaDays: 7
            suppressions:
              - rule: PC0603
                path: lifecycle.sbom.produced
                document: samples/organisations/vendor.yaml
                justification: SBOM generation ships with release 4.2
                owner: appsec@example.org
                expires: 2027-03-31
            failOn: warning
            baseline: norms.baseline.json
            """, "config/norms.config.yaml");

        Assert.Empty(result.Errors);
        var configuration = result.Configuration;
        Assert.True(configuration.Root);
        Assert.Equal(["paris-call", "config/packs/contoso.yaml"], configuration.Packs);
        Assert.Equal(Severity.None, configuration.Severities["PC0901"]);
        Assert.Equal(Severity.Error, configuration.Severities["PC07*"]);
        Assert.Equal(Severity.None, configuration.Severities["P3"]);
        Assert.Equal(7m, configuration.Thresholds["criticalPatchSlaDays"]);
        Assert.Equal(Severity.Warning, configuration.FailOn);
        Assert.Equal("config/norms.baseline.json", configuration.Baseline);
        var suppression = Assert.Single(configuration.Suppressions);
        Assert.Equal(("PC0603", "lifecycle.sbom.produced", "appsec@example.org", new DateOnly(2027, 3, 31), 15),
            (suppression.Rule, suppression.Path, suppression.Owner, suppression.Expires, suppression.Location!.Line));
    }

    [Theory]
    [InlineData("failOn: [error\n", 4, 1)]                                   // YAML syntax error (where the parser notices)
    [InlineData("falOn: error\n", 3, 1)]                                      // unknown key, did you mean
    [InlineData("rules:\n  PC0702: fatal\n", 4, 11)]                          // bad severity
    [InlineData("failOn: sometimes\n", 3, 9)]                                 // bad failOn
    [InlineData("thresholds:\n  criticalPatchSlaDays: soon\n", 4, 25)]       // threshold not a number
    [InlineData("suppressions:\n  - justification: x\n", 4, 5)]              // suppression without rule
    [InlineData("suppressions:\n  - rule: PC0603\n    justification: x\n    expires: next year\n", 6, 14)] // bad expiry
    [InlineData("packs: paris-call\n", 3, 8)]                                  // packs not a list
    [InlineData("rules:\n  not-an-id: error\n", 4, 3)]                         // bad rule key
    [InlineData("principles:\n  P10: none\n", 4, 3)]                           // unknown principle
    [InlineData("baseline: \"\"\n", 3, 11)]                                    // a baseline that names no file (was an internal error)
    [InlineData("packs:\n  - \"packs/a\\0.yaml\"\n", 4, 5)]                   // a pack path no file system accepts
    public void Parse_BrokenFile_ReportsNe0103AtTheMistake(string body, int line, int column)
    {
        var result = ConfigurationFile.Parse(Header + body, "norms.config.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("NE0103", "norms.config.yaml", line, column), (error.RuleId, error.Location.File, error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("NE0001", "warning")]
    [InlineData("NE0004", "none")]
    [InlineData("NE0005", "info")]
    [InlineData("NE0006", "None")]
    public void Parse_LoweringADiagnosticThatCannotBeLowered_Ne0103AtTheSeverityAndNotApplied(string id, string severity)
    {
        var result = ConfigurationFile.Parse(Header + $"rules:\n  {id}: {severity}\n  NE0002: none\n", "norms.config.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("NE0103", 4, 11), (error.RuleId, error.Location.Line, error.Location.Column));
        Assert.Equal($"{id} cannot be lowered: a document with {id} cannot be evaluated, so it stays an error. Remove this entry.", error.Message);
        Assert.False(result.Configuration.Severities.ContainsKey(id));
        Assert.Equal(Severity.None, result.Configuration.Severities["NE0002"]);
    }

    [Theory]
    [InlineData("NE0001: error\n")]
    [InlineData("NE*: none\n")]
    [InlineData("NE000*: warning\n")]
    public void Parse_ErrorOrPrefixCoveringADiagnosticThatCannotBeLowered_IsAccepted(string entry)
    {
        var result = ConfigurationFile.Parse(Header + "rules:\n  " + entry, "norms.config.yaml");

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Parse_SuppressionDocumentGlobLongerThanAnyPath_Ne0103AtTheValueAndNotApplied()
    {
        var body = "suppressions:\n  - rule: PC0603\n    justification: x\n    document: \"" + new string('*', Glob.MaxLength + 1) + "\"\n";

        var result = ConfigurationFile.Parse(Header + body, "norms.config.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("NE0103", 6, 15), (error.RuleId, error.Location.Line, error.Location.Column));
        Assert.Equal("The glob is 4097 characters long; a glob is at most 4096.", error.Message);
        Assert.Empty(result.Configuration.Suppressions);
    }

    [Fact]
    public void Parse_SuppressionDocumentWithManyDoubleStars_IsAcceptedAndMatchesQuickly()
    {
        var glob = string.Concat(Enumerable.Repeat("**/", 500)) + "vendor.yaml";
        var body = $"suppressions:\n  - rule: PC0603\n    justification: x\n    document: \"{glob}\"\n";

        var result = ConfigurationFile.Parse(Header + body, "norms.config.yaml");

        Assert.Empty(result.Errors);
        Assert.True(new Glob(Assert.Single(result.Configuration.Suppressions).Document!).IsMatch(string.Concat(Enumerable.Repeat("a/", 500)) + "vendor.yaml"));
    }

    [Theory]
    [InlineData("root: true\n\n  - paris-call\n", "root must be true or false; found 'true\\n- paris-call'.")]
    [InlineData("failOn: \"x\\r\\n::error::forged\\e[31m\"\n", "'x\\r\\n::error::forged\\u001B[31m' is not a severity; expected error, warning, info or none.")]
    [InlineData("failOn: \"a\\u2028b\\u202Ec\"\n", "'a\\u2028b\\u202Ec' is not a severity; expected error, warning, info or none.")]
    public void Parse_ValueWithLineBreaksOrControlCharacters_MessageIsOneVisibleLine(string body, string message)
    {
        var error = Assert.Single(ConfigurationFile.Parse(Header + body, "norms.config.yaml").Errors);

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("root: !custom true\n", 3, 7, "root has the tag !custom, which a configuration file cannot use on a value")]
    [InlineData("failOn: !!int error\n", 3, 9, "failOn is tagged !!int, which needs an integer; found 'error'.")]
    [InlineData("failOn: warnng\n", 3, 9, "'warnng' is not a severity; expected error, warning, info or none. Did you mean 'warning'?")]
    [InlineData("thresholds:\n  criticalPatchSlaDays: \"7\"\n", 4, 25, "Threshold 'criticalPatchSlaDays' must be a number, 0 or more; found the text '7'.")]
    [InlineData("thresholds:\n  criticalPatchSlaDays: -1\n", 4, 25, "Threshold 'criticalPatchSlaDays' must be a number, 0 or more; found '-1'.")]
    public void Parse_ValueOfTheWrongCoreType_Ne0103AtTheValue(string body, int line, int column, string message)
    {
        var error = Assert.Single(ConfigurationFile.Parse(Header + body, "norms.config.yaml").Errors);

        Assert.Equal(("NE0103", line, column), (error.RuleId, error.Location.Line, error.Location.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CoreSchemaValues_ReadAsInDocuments()
    {
        var result = ConfigurationFile.Parse(Header + "root: !!bool TRUE\nfailOn: Warning\nthresholds:\n  a: !!int 7\n  b: 1e1\n  c: 0x10\nrules:\n  PC0101: NONE\n", "c.yaml");

        Assert.Empty(result.Errors);
        Assert.True(result.Configuration.Root);
        Assert.Equal(Severity.Warning, result.Configuration.FailOn);
        Assert.Equal(Severity.None, result.Configuration.Severities["PC0101"]);
        Assert.Equal((7m, 10m, 16m), (result.Configuration.Thresholds["a"], result.Configuration.Thresholds["b"], result.Configuration.Thresholds["c"]));
    }

    [Fact]
    public void Parse_SuppressionWithoutRuleAndWithABadExpiry_ReportsBoth()
    {
        var errors = ConfigurationFile.Parse(Header + "suppressions:\n  - justification: x\n    expires: soon\n", "c.yaml").Errors;

        Assert.Equal([(4, 5), (5, 14)], errors.Select(e => (e.Location.Line, e.Location.Column)).Order());
    }

    [Fact]
    public void Parse_WrongKind_ReportsNe0103AtTheValue()
    {
        var error = Assert.Single(ConfigurationFile.Parse("apiVersion: norms/v1\nkind: Organisation\n", "c.yaml").Errors);

        Assert.Equal((2, 7), (error.Location.Line, error.Location.Column));
        Assert.Contains("Configuration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownKey_SuggestsTheClosest()
    {
        var error = Assert.Single(ConfigurationFile.Parse(Header + "suppresions: []\n", "c.yaml").Errors);

        Assert.Contains("did you mean 'suppressions'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadEffective_NestedFiles_NearerOverridesAndRootStopsDiscovery()
    {
        var outer = _workspace.PathOf("outer");
        var inner = Path.Combine(outer, "team", "docs");
        Directory.CreateDirectory(inner);
        File.WriteAllText(_workspace.PathOf(ConfigurationFile.FileName), Header + "failOn: info\nrules:\n  PC0101: none\n");
        File.WriteAllText(Path.Combine(outer, ConfigurationFile.FileName), Header + "root: true\nfailOn: warning\nrules:\n  PC0702: warning\n  PC0703: info\n");
        File.WriteAllText(Path.Combine(outer, "team", ConfigurationFile.FileName), Header + "rules:\n  PC0703: error\n");

        var result = ConfigurationFile.LoadEffective(null, inner);

        Assert.Empty(result.Errors);
        Assert.Equal(Severity.Warning, result.Configuration.FailOn);
        Assert.Equal(Severity.Warning, result.Configuration.Severities["PC0702"]);
        Assert.Equal(Severity.Error, result.Configuration.Severities["PC0703"]);
        Assert.False(result.Configuration.Severities.ContainsKey("PC0101"));
        Assert.EndsWith(Path.Combine("team", ConfigurationFile.FileName), Path.GetFullPath(ConfigurationFile.Discover(inner)!), StringComparison.Ordinal);
    }

    [Fact]
    public void LoadEffective_ExplicitFile_IsUsedAlone()
    {
        var other = _workspace.PathOf("other.yaml");
        File.WriteAllText(other, Header + "failOn: none\n");
        File.WriteAllText(_workspace.PathOf(ConfigurationFile.FileName), Header + "failOn: info\n");

        var result = ConfigurationFile.LoadEffective(other, _workspace.Folder);

        Assert.Equal(Severity.None, result.Configuration.FailOn);
    }

    [Fact]
    public void LoadEffective_NoFileAnywhere_GivesTheDefaults()
    {
        var result = ConfigurationFile.LoadEffective(null, "/");

        Assert.Empty(result.Errors);
        Assert.Equal(["paris-call"], result.Configuration.Packs);
        Assert.Equal(Severity.Error, result.Configuration.FailOn);
    }

    [Fact]
    public void Load_MissingFile_IsNe0103()
    {
        var error = Assert.Single(ConfigurationFile.Load(_workspace.PathOf("none.yaml")).Errors);

        Assert.Equal("NE0103", error.RuleId);
    }

    [Theory]
    [InlineData("sup.yml", "config/sup.yml")]
    [InlineData("./packs/x.yml", "config/packs/x.yml")]
    [InlineData("SUP.YML", "config/SUP.YML")]
    [InlineData("Pack.Yaml", "config/Pack.Yaml")]
    [InlineData("Contoso.Norms.DLL", "config/Contoso.Norms.DLL")]
    public void Parse_PackFileOfAnyPackExtensionOrCase_IsAFileRelativeToTheConfigurationAndValid(string pack, string expected)
    {
        var result = ConfigurationFile.Parse(Header + $"packs: [paris-call, {pack}]\n", "config/norms.config.yaml");

        Assert.Empty(result.Errors);
        Assert.Equal(["paris-call", expected], result.Configuration.Packs);
        Assert.Empty(ConfigurationFile.Validate(result.Configuration, [], [], ["paris-call"]));
    }

    [Fact]
    public void Validate_UnknownRulePackAndThreshold_ReportsEachAtItsSetting()
    {
        var configuration = ConfigurationFile.Parse(Header + "packs: [paris-cal]\nrules:\n  PC0702: none\n  PC0799: none\n  ZZ*: info\nthresholds:\n  criticalPatchSlaDay: 7\n", "c.yaml").Configuration;
        RuleDescriptor[] descriptors = [RuleDescriptor.Create("PC0702", "t", "m", "c", Severity.Error, "d", "r")];

        var errors = ConfigurationFile.Validate(configuration, descriptors, ["criticalPatchSlaDays"], ["paris-call"]);

        Assert.Equal(
            [(3, "paris-call"), (6, "PC0702"), (7, null), (9, "criticalPatchSlaDays")],
            errors.OrderBy(e => e.Location.Line).Select(e => (e.Location.Line, Suggested(e.Message))));
        Assert.All(errors, e => Assert.Equal("NE0103", e.RuleId));
    }

    private static string? Suggested(string message)
    {
        var at = message.IndexOf("did you mean '", StringComparison.Ordinal);
        return at < 0 ? null : message[(at + 14)..message.IndexOf('\'', at + 14)];
    }
}

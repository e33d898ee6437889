using NormsEngine.Documents;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Documents;

/// <summary>
/// Scalars as the YAML 1.2 core schema reads them (issue 11): core tags honoured and others rejected, numbers and
/// booleans never taken for text, patterns and URLs anchored at the very end of the value.
/// </summary>
public sealed class BinderScalarTests
{
    private readonly DocumentLoader _loader = new();

    [Theory]
    [InlineData("\"FRA\\n\"", "'FRA\\n'")]
    [InlineData("\"FRA \"", "'FRA '")]
    [InlineData("\"\\nFRA\"", "'\\nFRA'")]
    [InlineData("fra", "'fra'")]
    public void Bind_CountryNotExactlyThreeCapitals_ReportsNE0003AtTheValue(string value, string shown)
    {
        var finding = Assert.Single(Load("  country: " + value).Findings);

        Assert.Equal(("NE0003", "metadata.country", 5, 12), (finding.RuleId, finding.Location.Path, finding.Location.Line, finding.Location.Column));
        Assert.Contains(shown, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"https://example.org/security\\n\"")]
    [InlineData("\"https://example.org/security \"")]
    [InlineData("\" https://example.org/security\"")]
    [InlineData("\"https://example.org/a b\"")]
    [InlineData("https://")]
    [InlineData("https://:443/")]
    [InlineData("https://user@example.org/")]
    [InlineData("http://example.org/")]
    [InlineData("https://ex\u00e4mple.org/")]
    [InlineData("https://example.org/%zz")]
    [InlineData("https://example.org/#a#b")]
    [InlineData("example.org/security")]
    public void Bind_UrlWithoutHostOrWithWhitespace_ReportsNE0003AtTheValue(string value)
    {
        var finding = Assert.Single(Load("lifecycle:", "  disclosure:", "    url: " + value).Findings);

        Assert.Equal(("NE0003", "lifecycle.disclosure.url", 7, 10), (finding.RuleId, finding.Location.Path, finding.Location.Line, finding.Location.Column));
        Assert.Contains("an absolute https URL with a host", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', finding.Message);
    }

    [Theory]
    [InlineData("https://example.org/security")]
    [InlineData("HTTPS://Example.ORG/Security")]
    [InlineData("HtTpS://example.org")]
    [InlineData("https://example.org:8443/a/b?c=d&e#f")]
    [InlineData("https://192.0.2.1/")]
    [InlineData("https://xn--exmple-cua.org/%7Euser")]
    public void Bind_HttpsUrlAnyCaseWithHost_IsAccepted(string url)
    {
        var document = Load("lifecycle:", "  disclosure:", "    url: " + url);

        Assert.Empty(document.Findings);
        Assert.Equal(url, document.Organisation!.Lifecycle.Disclosure.Url);
    }

    [Theory]
    [InlineData("  name: 2024", "metadata.name", "a number", "name: \"2024\"")]
    [InlineData("  name: 1.5", "metadata.name", "a number", "name: \"1.5\"")]
    [InlineData("  name: 0x1F", "metadata.name", "a number", "name: \"0x1F\"")]
    [InlineData("  name: .inf", "metadata.name", "a number", "name: \".inf\"")]
    [InlineData("  sector: true", "metadata.sector", "a boolean", "sector: \"true\"")]
    public void Bind_UnquotedNumberOrBooleanForText_ReportsNE0003SayingToQuoteIt(string line, string path, string what, string example)
    {
        var document = _loader.Load(Yaml.Lines("apiVersion: norms/v1", "kind: Organisation", "metadata:", line))[0];

        var finding = Assert.Single(document.Findings, f => f.RuleId == "NE0003");
        Assert.Equal((path, 4), (finding.Location.Path, finding.Location.Line));
        Assert.Contains("must be text, but YAML reads the unquoted", finding.Message, StringComparison.Ordinal);
        Assert.Contains(what, finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("Quote a value meant as text: " + example, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_NumberInListOfTexts_ReportsNE0003WithListItemExample()
    {
        var document = Load("norms:", "  isacs: [Health-ISAC, 2024]");

        var finding = Assert.Single(document.Findings);
        Assert.Equal(("NE0003", "norms.isacs[1]", 6, 24), (finding.RuleId, finding.Location.Path, finding.Location.Line, finding.Location.Column));
        Assert.EndsWith("Quote a value meant as text: - \"2024\"", finding.Message, StringComparison.Ordinal);
        Assert.Equal(["Health-ISAC"], document.Organisation!.Norms.Isacs!);
    }

    [Theory]
    [InlineData("  name: \"2024\"", "2024")]
    [InlineData("  name: '42'", "42")]
    [InlineData("  name: !!str 24", "24")]
    [InlineData("  name: ! 24", "24")]
    [InlineData("  name: !!str", "")]
    [InlineData("  name: 1_000", "1_000")]
    [InlineData("  name: 1.2.3", "1.2.3")]
    public void Bind_TextWrittenAsText_IsAccepted(string line, string name)
    {
        var document = Assert.Single(_loader.Load(Yaml.Lines("apiVersion: norms/v1", "kind: Organisation", "metadata:", line)));

        Assert.Empty(document.Findings);
        Assert.Equal(name, document.Name);
    }

    [Theory]
    [InlineData("!!int 24", 24)]
    [InlineData("!!int \"24\"", 24)]
    [InlineData("!!float 24", 24)]
    [InlineData("24.0", 24)]
    [InlineData("1e2", 100)]
    [InlineData("0x18", 24)]
    [InlineData("0o30", 24)]
    [InlineData("+7", 7)]
    public void Bind_WholeNumberInAnyCoreForm_IsAccepted(string value, int expected)
    {
        var document = Load("resilience:", "  rtoHours: " + value);

        Assert.Empty(document.Findings);
        Assert.Equal(expected, document.Organisation!.Resilience.RtoHours);
    }

    [Theory]
    [InlineData("24.5", "must be a whole number of hours")]
    [InlineData("\"24\"", "found the text '24'")]
    [InlineData("! 24", "found the text '24'")]
    [InlineData("!!str 24", "found the text '24'")]
    [InlineData("!!int abc", "is tagged !!int, which needs an integer; found 'abc'")]
    [InlineData("!!int 2.5", "is tagged !!int, which needs an integer; found '2.5'")]
    [InlineData("!!null 24", "is tagged !!null, which needs an empty value, ~ or null; found '24'")]
    [InlineData("1e400", "must be a whole number of hours")]
    [InlineData(".inf", "must be a whole number of hours")]
    [InlineData("2147483648", "out of range")]
    [InlineData("0x80000000", "out of range")]
    public void Bind_NotAWholeNumber_ReportsNE0003AtTheValue(string value, string message)
    {
        var finding = Assert.Single(Load("resilience:", "  rtoHours: " + value).Findings);

        Assert.Equal(("NE0003", "resilience.rtoHours", 6, 13), (finding.RuleId, finding.Location.Path, finding.Location.Line, finding.Location.Column));
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("!!bool true", true)]
    [InlineData("!!bool FALSE", false)]
    [InlineData("True", true)]
    public void Bind_BooleanInCoreForm_IsAccepted(string value, bool expected)
    {
        var document = Load("roles:", "  hasCsirt: " + value);

        Assert.Empty(document.Findings);
        Assert.Equal(expected, document.Organisation!.Roles.HasCsirt);
    }

    [Theory]
    [InlineData("!!str true", "found the text 'true'")]
    [InlineData("!!bool yes", "is tagged !!bool, which needs true or false; found 'yes'")]
    [InlineData("yes", "found 'yes'")]
    public void Bind_NotABoolean_ReportsNE0003(string value, string message)
    {
        var finding = Assert.Single(Load("roles:", "  hasCsirt: " + value).Findings);

        Assert.Equal(("NE0003", 6, 13), (finding.RuleId, finding.Location.Line, finding.Location.Column));
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("!!null")]
    [InlineData("!!null ~")]
    [InlineData("!!null null")]
    public void Bind_NullTag_IsNotDeclared(string value)
    {
        var document = Load("hygiene:", "  mfa:", "    adminPct: " + value);

        Assert.Empty(document.Findings);
        Assert.Null(document.Organisation!.Hygiene.Mfa.AdminPct);
    }

    [Theory]
    [InlineData("  sector: !foo bar", 5, 11, "metadata.sector", "!foo")]
    [InlineData("  sector: !<tag:example.com,2000:x> bar", 5, 11, "metadata.sector", "tag:example.com,2000:x")]
    [InlineData("  sector: !!binary aGk=", 5, 11, "metadata.sector", "!!binary")]
    [InlineData("  assessedOn: !!timestamp 2026-01-01", 5, 15, "metadata.assessedOn", "!!timestamp")]
    [InlineData("roles: !!str [a]", 5, 8, "roles", "!!str")]
    [InlineData("norms: { isacs: !list [a] }", 5, 17, "norms.isacs", "!list")]
    [InlineData("x-custom: !thing value", 5, 11, "x-custom", "!thing")]
    [InlineData("x-custom: { a: !!str b, c: !!set {} }", 5, 28, "x-custom.c", "!!set")]
    public void Bind_TagOutsideTheCoreSchema_ReportsNE0003NamingIt(string line, int row, int column, string path, string tag)
    {
        var document = Load(line);

        var finding = Assert.Single(document.Findings);
        Assert.Equal(("NE0003", path, row, column), (finding.RuleId, finding.Location.Path, finding.Location.Line, finding.Location.Column));
        Assert.Contains($"has the tag {tag}, which a practices document cannot use", finding.Message, StringComparison.Ordinal);
        Assert.Contains("only the YAML core tags are read", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_CoreCollectionAndScalarTags_AreRead()
    {
        var document = Load("roles: !!map { hasCsirt: !!bool true }", "norms:", "  isacs: !!seq [!!str 2024]", "x-code: !!int 0x1F", "x-ratio: !!float 1");

        Assert.Empty(document.Findings);
        Assert.True(document.Organisation!.Roles.HasCsirt);
        Assert.Equal(["2024"], document.Organisation.Norms.Isacs!);
        Assert.Equal(31L, document.Organisation.Extensions["x-code"]);
        Assert.Equal(1m, document.Organisation.Extensions["x-ratio"]);
    }

    [Fact]
    public void Bind_TaggedHeader_IsReadOnlyWithCoreStringTag()
    {
        var ok = Assert.Single(_loader.Load(Yaml.Lines("apiVersion: !!str norms/v1", "kind: Organisation", "metadata: { name: X }")));
        var local = Assert.Single(_loader.Load(Yaml.Lines("apiVersion: !v norms/v1", "kind: Organisation", "metadata: { name: X }")));

        Assert.Empty(ok.Findings);
        Assert.Equal(("NE0003", "apiVersion"), Assert.Single(local.Findings) is var f ? (f.RuleId, f.Location.Path) : default);
    }

    [Fact]
    public void Bind_LongValueWithControlCharacters_IsQuotedOnOneLineInMessages()
    {
        var finding = Assert.Single(Load("  country: \"A\\u0001B\\r\\n\\tC\"").Findings);

        Assert.Contains("'A\\u0001B\\r\\n\\tC'", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(finding.Message, char.IsControl);
    }

    private PracticesDocument Load(params string[] lines) => Assert.Single(_loader.Load(Yaml.Document(lines)));
}

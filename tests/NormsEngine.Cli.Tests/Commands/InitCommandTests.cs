using System.Text.Json;
using System.Text.RegularExpressions;
using NormsEngine.Documents;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

public sealed partial class InitCommandTests : IDisposable
{
    private const string RawSchemaBase = "https://raw.githubusercontent.com/normsengine/normsengine/main/";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Init_EmptyFolder_WritesACommentedDocumentAndConfigurationThatCheckCleanly()
    {
        var (exit, output, error) = _workspace.Run("init", "policies");

        Assert.True(exit == 0, error);
        Assert.Contains("Wrote policies/organisation.yaml", output, StringComparison.Ordinal);
        Assert.Contains("Wrote policies/norms.config.yaml", output, StringComparison.Ordinal);
        var document = _workspace.Read("policies/organisation.yaml");
        var configuration = _workspace.Read("policies/norms.config.yaml");
        Assert.StartsWith("# ", document, StringComparison.Ordinal);
        Assert.StartsWith("# ", configuration, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", document, StringComparison.Ordinal);

        var check = _workspace.Run("check", "policies");

        Assert.True(check.Exit == 0, check.Output + check.Error);
        Assert.DoesNotContain(" NE0", check.Output, StringComparison.Ordinal);
        Assert.Contains("policies/organisation.yaml - Example Organisation", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_ExistingFile_RefusesAndOverwritesNothing()
    {
        _workspace.Write("norms.config.yaml", "mine\n");

        var (exit, output, error) = _workspace.Run("init");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("norms.config.yaml' already exists", error, StringComparison.Ordinal);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal("mine\n", _workspace.Read("norms.config.yaml"));
        Assert.False(_workspace.Exists("organisation.yaml"));
    }

    [Fact]
    public void Init_Twice_SecondRunExits2()
    {
        Assert.Equal(0, _workspace.Run("init").Exit);
        var before = _workspace.Read("organisation.yaml");

        Assert.Equal(2, _workspace.Run("init", ".").Exit);
        Assert.Equal(before, _workspace.Read("organisation.yaml"));
    }

    [Fact]
    public void Init_Force_OverwritesBothFilesWholeAndLeavesNoTemporaryFile()
    {
        _workspace.Write("norms.config.yaml", "mine\n");
        _workspace.Write("organisation.yaml", "mine too\n");

        var (exit, output, error) = _workspace.Run("init", "--force");

        Assert.True(exit == 0, error);
        Assert.Contains("Wrote ./organisation.yaml", output, StringComparison.Ordinal);
        Assert.StartsWith("# yaml-language-server: $schema=", _workspace.Read("organisation.yaml"), StringComparison.Ordinal);
        Assert.StartsWith("# yaml-language-server: $schema=", _workspace.Read("norms.config.yaml"), StringComparison.Ordinal);
        Assert.Equal(["norms.config.yaml", "organisation.yaml"], Directory.GetFileSystemEntries(_workspace.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Init_ForceWithOnlyOneFilePresent_WritesBoth()
    {
        _workspace.Write("policies/organisation.yaml", "mine\n");

        var (exit, _, error) = _workspace.Run("init", "policies", "--force");

        Assert.True(exit == 0, error);
        Assert.Contains("kind: Organisation", _workspace.Read("policies/organisation.yaml"), StringComparison.Ordinal);
        Assert.Contains("kind: Configuration", _workspace.Read("policies/norms.config.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_ForceOverAFolder_FailsWithExit2AndAMessage()
    {
        Directory.CreateDirectory(Path.Combine(_workspace.Folder, "organisation.yaml"));

        var (exit, _, error) = _workspace.Run("init", "--force");

        Assert.Equal(2, exit);
        Assert.StartsWith("norms: cannot write to '.'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("organisation.yaml", "src/NormsEngine/Schemas/organisation.schema.json")]
    [InlineData("norms.config.yaml", "src/NormsEngine/Schemas/configuration.schema.json")]
    public void Init_Templates_FirstLinePointsAtTheRawJsonSchema(string file, string schema)
    {
        Assert.Equal(0, _workspace.Run("init").Exit);

        var first = _workspace.Read(file).Split('\n')[0];

        // raw.githubusercontent.com serves the file itself, which editors can read; a github.com blob page is HTML.
        Assert.Equal("# yaml-language-server: $schema=" + RawSchemaBase + schema, first);
        Assert.True(File.Exists(RepositoryPaths.Combine(schema)), $"{schema} is not in the repository.");
    }

    [Fact]
    public void Init_Document_LinksToTheFieldReference()
    {
        Assert.Equal(0, _workspace.Run("init").Exit);

        var document = _workspace.Read("organisation.yaml");

        Assert.Contains("# https://github.com/normsengine/normsengine/blob/main/docs/practices-document.md\n", document, StringComparison.Ordinal);
        Assert.True(File.Exists(RepositoryPaths.Combine("docs", "practices-document.md")));
    }

    [Fact]
    public void Init_Document_LoadsWithoutInputFindings()
    {
        Assert.Equal(0, _workspace.Run("init").Exit);

        var document = Assert.Single(new DocumentLoader().Load(_workspace.Read("organisation.yaml"), "organisation.yaml"));

        Assert.Empty(document.Findings);
    }

    [Fact]
    public void Init_Document_HasEveryTopLevelSectionCommentedOrNot()
    {
        Assert.Equal(0, _workspace.Run("init").Exit);
        var lines = _workspace.Read("organisation.yaml").Split('\n');

        var sections = SchemaFields().Where(p => !p.Contains('.', StringComparison.Ordinal)).ToList();

        Assert.Equal(13, sections.Count);
        Assert.All(sections, section => Assert.Contains(lines, l => l == section + ":" || l.StartsWith(section + ": ", StringComparison.Ordinal)
            || l == "# " + section + ":" || l.StartsWith("# " + section + ": ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Init_DocumentWithEveryFieldUncommented_LoadsAndDeclaresEveryFieldOfTheModel()
    {
        Assert.Equal(0, _workspace.Run("init").Exit);
        var text = _workspace.Read("organisation.yaml");
        var fields = SchemaFields();
        var names = fields.Select(p => p[(p.LastIndexOf('.') + 1)..].Replace("[]", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

        // A commented field line is '# ' followed by the line as it would be: uncomment the lines whose key is a field name.
        var uncommented = CommentedField().Replace(text, m => names.Contains(m.Groups["key"].Value) ? string.Empty : m.Value);
        Assert.NotEqual(text, uncommented);
        var document = Assert.Single(new DocumentLoader().Load(uncommented, "organisation.yaml"));

        Assert.Empty(document.Findings);
        var missing = fields.Select(p => p.Replace("[]", "[0]", StringComparison.Ordinal)).Where(p => !document.SourceMap.Contains(p)).ToList();
        Assert.True(missing.Count == 0, "The template lacks these fields, commented or not: " + string.Join(", ", missing));
    }

    /// <summary>Every field path of the committed organisation schema (which the library's tests keep equal to the model), list items as <c>[]</c>.</summary>
    private static List<string> SchemaFields()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("src", "NormsEngine", "Schemas", "organisation.schema.json")));
        var paths = new List<string>();
        Collect(schema.RootElement, string.Empty);
        return paths;

        void Collect(JsonElement node, string path)
        {
            if (node.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject().Where(p => path.Length > 0 || p.Name is not ("apiVersion" or "kind")))
                {
                    var child = path.Length == 0 ? property.Name : path + "." + property.Name;
                    paths.Add(child);
                    Collect(property.Value, child);
                }
            }

            if (node.TryGetProperty("items", out var items))
            {
                Collect(items, path + "[]");
            }
        }
    }

    [GeneratedRegex(@"^# (?=\s*(?:- )?(?<key>[A-Za-z][A-Za-z0-9]*):(?:\s|$))", RegexOptions.Multiline)]
    private static partial Regex CommentedField();
}

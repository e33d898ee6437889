using System.Text.RegularExpressions;
using NormsEngine.TestSupport;
using NormsEngine.TestSupport.Tools;

namespace NormsEngine.Tests.Schemas;

/// <summary>
/// The starter document 'norms init' writes is valid against the schema its first line names, as written and with
/// every commented-out field line uncommented, so that an editor never flags a line the template suggests.
/// </summary>
public sealed partial class InitTemplateSchemaTests
{
    [Fact]
    public void Ajv_OrganisationTemplate_AsWrittenAndUncommented_IsValid()
    {
        var template = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "NormsEngine.Cli", "Templates", "organisation.yaml"))
            .Replace("{{today}}", "2026-01-15", StringComparison.Ordinal);
        var uncommented = CommentedField().Replace(template, string.Empty);
        Assert.NotEqual(template, uncommented);
        using var scratch = new AjvRunner.ScratchDirectory();
        var data = new[] { ("as-written.json", template), ("uncommented.json", uncommented) }
            .Select(d => scratch.Write(d.Item1, Assert.Single(YamlToJson.Documents(d.Item2))))
            .ToList();

        var result = AjvRunner.Run("validate", data);

        Assert.True(result.ExitCode == 0, $"ajv rejected the init template:\n{result.Output}");
        Assert.Equal(2, result.Verdicts().Count(v => v.Value));
    }

    // A commented field line: '# ' then the line as it would be, a camelCase key and a colon (not prose, not the schema line).
    [GeneratedRegex(@"^# (?=\s*(?:- )?[a-z][A-Za-z0-9]*:(?:\s|$))", RegexOptions.Multiline)]
    private static partial Regex CommentedField();
}

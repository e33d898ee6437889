using NormsEngine.Documents;
using NormsEngine.TestSupport;
using YamlDotNet.Core;

namespace NormsEngine.Tests.Documents;

/// <summary>
/// Every input of the YAML test suite (shared/conformance/yaml-test-suite) goes through <see cref="DocumentLoader"/>:
/// nothing escapes, invalid YAML is NE0001 or NE0005 with a position, and valid YAML is never called invalid.
/// </summary>
public sealed class ConformanceTests
{
    private const string SuiteFolder = "conformance/yaml-test-suite";
    private const string MissingSuite = "<yaml-test-suite folder missing>";

    /// <summary>
    /// Valid YAML that YamlDotNet's own <see cref="Parser"/> rejects (verified by
    /// <see cref="Parser_KnownYamlDotNetGaps_StillRejectValidInput"/>); the loader can only report them as NE0001.
    /// </summary>
    private static readonly Dictionary<string, string> YamlDotNetRejectsValid = new(StringComparer.Ordinal)
    {
        ["4MUZ/02"] = "flow mapping whose ':' is on the line after the key: 'did not find expected , or }'",
        ["DK95/04"] = "a line holding only a tab between two block mapping entries: 'found a tab character that violate indentation'",
        ["JEF9/01"] = "keep-chomped literal scalar whose only line is more-indented spaces: 'found extra spaces in first line'",
        ["UKK6/00"] = "block sequence entry that is an empty-key mapping ('- :'): 'did not find expected - indicator'",
        ["VJP3/01"] = "multi-line flow mapping with ':' on its own line: 'did not find expected , or }'",
    };

    private static readonly DocumentLoader Loader = new();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        if (!RepositoryPaths.SharedDirectoryExists || !Directory.Exists(Path.Combine(RepositoryPaths.SharedDirectory, SuiteFolder)))
        {
            // One row that fails with a clear message: a missing corpus must never look like a pass.
            data.Add(MissingSuite);
            return data;
        }

        foreach (var id in CaseIds())
        {
            data.Add(id);
        }

        return data;
    }

    public static TheoryData<string> KnownGaps()
    {
        var data = new TheoryData<string>();
        foreach (var id in YamlDotNetRejectsValid.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        if (data.Count == 0)
        {
            data.Add(string.Empty);
        }

        return data;
    }

    [Fact]
    public void Load_YamlTestSuite_HasExactly402Inputs()
    {
        var ids = CaseIds();

        Assert.Equal(402, ids.Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_YamlTestSuiteCase_ReportsInvalidYamlOnlyForErrorCases(string caseId)
    {
        var folder = CaseFolder(caseId);
        var isError = File.Exists(Path.Combine(folder, "error"));

        IReadOnlyList<PracticesDocument> documents;
        using (var stream = File.OpenRead(Path.Combine(folder, "in.yaml")))
        {
            documents = Loader.Load(stream, caseId + "/in.yaml");
        }

        Assert.NotEmpty(documents);
        var findings = documents.SelectMany(d => d.Findings).ToList();
        Assert.All(findings, f => Assert.True(f.Location.Line >= 1 && f.Location.Column >= 1, $"{f} has no position"));
        if (isError)
        {
            Assert.Contains(findings, f => f.RuleId is "NE0001" or "NE0005");
            return;
        }

        if (YamlDotNetRejectsValid.TryGetValue(caseId, out var reason))
        {
            Assert.Contains(findings, f => f.RuleId == "NE0001");
            Assert.False(string.IsNullOrWhiteSpace(reason));
            return;
        }

        Assert.DoesNotContain(findings, f => f.RuleId == "NE0001");
        Assert.All(documents, d => Assert.True(
            d.Organisation is not null || d.Findings.Count > 0,
            $"document {d.Index} neither binds nor explains why"));
    }

    [Theory]
    [MemberData(nameof(KnownGaps))]
    public void Parser_KnownYamlDotNetGaps_StillRejectValidInput(string caseId)
    {
        if (caseId.Length == 0)
        {
            return;
        }

        var folder = CaseFolder(caseId);
        Assert.False(File.Exists(Path.Combine(folder, "error")), $"{caseId} is an error case; it does not belong in the list");
        var text = File.ReadAllText(Path.Combine(folder, "in.yaml"));

        // When YamlDotNet learns to read the case, this fails: take the case off the list.
        Assert.ThrowsAny<YamlException>(() =>
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
            }
        });
    }

    private static List<string> CaseIds()
    {
        var root = RepositoryPaths.RequireSharedDirectory(SuiteFolder);
        return Directory
            .EnumerateFiles(root, "in.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string CaseFolder(string caseId)
    {
        var root = RepositoryPaths.RequireSharedDirectory(SuiteFolder);
        Assert.NotEqual(MissingSuite, caseId);
        var folder = Path.Combine(root, caseId);
        Assert.True(Directory.Exists(folder), $"The case folder '{folder}' does not exist.");
        return folder;
    }
}

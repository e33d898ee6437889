using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NormsEngine.Documents;

namespace NormsEngine.Tests.Documents;

/// <summary>Property tests: whatever the text, <see cref="DocumentLoader.Load(string, string?)"/> returns findings, never an exception.</summary>
public sealed class DocumentLoaderPropertyTests
{
    private static readonly DocumentLoader Loader = new();

    [Property(MaxTest = 300)]
    public bool Load_ArbitraryString_NeverThrows(string? text) => Explains(Loader.Load(text ?? string.Empty));

    [Property(MaxTest = 300, Arbitrary = [typeof(YamlishText)])]
    public bool Load_YamlLikeString_NeverThrows(string text) => Explains(Loader.Load(text));

    private static bool Explains(IReadOnlyList<PracticesDocument> documents) =>
        documents.Count > 0
        && documents.All(d => d.Organisation is not null || d.Findings.Count > 0)
        && documents.SelectMany(d => d.Findings).All(f => f.Location.Line >= 1 && f.Location.Column >= 1);

    /// <summary>Strings made of YAML's indicator characters, so the parser's error paths are exercised.</summary>
    public static class YamlishText
    {
        public static Arbitrary<string> Text() =>
            Gen.Elements("-", ":", "? ", "[", "]", "{", "}", ",", "&a", "*a", "!!str", "|", ">", "'", "\"", "#", "%YAML 1.2", "---", "...", " ", "  ", "\n", "\t", "\r\n", "key", "x-k", "apiVersion: norms/v1\n", "kind: Organisation\n", "1", "~")
                .ArrayOf()
                .Select(parts => string.Concat(parts))
                .ToArbitrary();
    }
}

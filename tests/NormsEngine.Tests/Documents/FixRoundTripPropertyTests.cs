using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Model;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Documents;

/// <summary>
/// The fixes undo typos exactly: in each sample, one known field name or enum value is mistyped (in a way the
/// suggestion can undo), and fixing the document gives back the original text, character for character.
/// </summary>
public sealed class FixRoundTripPropertyTests
{
    private const int TyposPerSample = 25;

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.SamplesDirectory, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void FixAll_OneUndoableTypo_GivesBackTheOriginalText(string sample)
    {
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.SamplesDirectory, sample));
        var document = new DocumentLoader().Load(original, sample)[0];
        var source = new SourceText(original.TrimStart('\uFEFF'), LineStarts(original.TrimStart('\uFEFF')));
        var targets = Targets(document, source).ToList();
        Assert.NotEmpty(targets);
        var random = new Random(sample.GetHashCode(StringComparison.Ordinal) & 0x7FFF ^ 16);
        var tried = 0;
        for (var attempt = 0; attempt < TyposPerSample * 20 && tried < TyposPerSample; attempt++)
        {
            var (start, word, known) = targets[random.Next(targets.Count)];
            var typo = Typo(word, random);
            if (typo == word || known.Contains(typo) || Suggestions.Unambiguous(typo, known) != word || typo.ToLowerInvariant() is "null" or "true" or "false")
            {
                continue; // not a typo the suggestion can undo
            }

            tried++;
            var mistyped = original[..start] + typo + original[(start + word.Length)..];

            var (fixedText, applied) = CodeFixes.FixAll(mistyped, sample);

            Assert.True(fixedText == original, $"'{word}' mistyped '{typo}' at {start} in {sample}: the fix gave back other text.");
            Assert.Equal(1, applied);
        }

        Assert.Equal(TyposPerSample, tried);
    }

    /// <summary>Every key of a known field and every enum value written plainly: offset, text and the names known there.</summary>
    private static IEnumerable<(int Start, string Word, IReadOnlyCollection<string> Known)> Targets(PracticesDocument document, SourceText source)
    {
        foreach (var path in document.SourceMap.Paths)
        {
            if (path.Length == 0 || path.EndsWith(']') || FieldCatalog.Find(path) is not { } field)
            {
                continue;
            }

            var parent = SourceMap.Parent(path);
            var siblings = parent.Length == 0 ? FieldCatalog.Organisation : StripItem(parent) is var p && FieldCatalog.Find(p) is { } owner ? owner.Shape.Element ?? owner.Shape : null;
            if (siblings is not null && document.SourceMap.Key(path) is { } key && source.Offset(key.Start) is { } keyStart
                && source.Text.AsSpan(keyStart).StartsWith(field.Name, StringComparison.Ordinal))
            {
                yield return (keyStart, field.Name, [.. siblings.Fields.Select(f => f.Name), "apiVersion", "kind"]);
            }

            if (field.Shape.Kind == ValueKind.Enum && document.SourceMap.Find(path) is { } value && source.Offset(new TextPoint(value.Line, value.Column)) is { } valueStart
                && field.Shape.EnumValues.FirstOrDefault(v => source.Text.AsSpan(valueStart).StartsWith(v.Key + "\n", StringComparison.Ordinal) || source.Text.AsSpan(valueStart).StartsWith(v.Key + " ", StringComparison.Ordinal)) is { Key: { } name })
            {
                yield return (valueStart, name, [.. field.Shape.EnumValues.Select(v => v.Key)]);
            }
        }
    }

    private static string StripItem(string path) => path.EndsWith(']') ? path[..path.LastIndexOf('[')] : path;

    /// <summary>One slip of the keyboard: two letters swapped, one dropped, one doubled, or one in the other case.</summary>
    private static string Typo(string word, Random random)
    {
        var at = random.Next(word.Length);
        return random.Next(4) switch
        {
            0 when at + 1 < word.Length => word[..at] + word[at + 1] + word[at] + word[(at + 2)..],
            1 when word.Length > 3 => word.Remove(at, 1),
            2 => word.Insert(at, word[at].ToString()),
            _ => word[..at] + (char.IsUpper(word[at]) ? char.ToLowerInvariant(word[at]) : char.ToUpperInvariant(word[at])) + word[(at + 1)..],
        };
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}

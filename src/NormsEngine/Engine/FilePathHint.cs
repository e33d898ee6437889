using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;

namespace NormsEngine.Engine;

/// <summary>
/// A caller who passes a file name where YAML text is expected (<c>EvaluateYaml("brindle.yaml")</c>) gets a
/// document that is one plain string, hence NE0006. That finding is right but does not say what went wrong, so
/// when the whole text looks like a path to a YAML file, its message also names the method that reads files.
/// </summary>
internal static partial class FilePathHint
{
    /// <summary>Longer text is not taken for a path: the check stays cheap on large inputs.</summary>
    private const int MaxPathLength = 1024;

    /// <summary>The documents as loaded, with the hint added to the NE0006 finding when <paramref name="yaml"/> looks like a file path.</summary>
    /// <param name="yaml">The text the caller passed as YAML.</param>
    /// <param name="documents">The documents loaded from it.</param>
    /// <param name="fileMethod">The method that reads a file: <c>EvaluateFile</c> or <c>EvaluateFileAsync</c>.</param>
    internal static IReadOnlyList<PracticesDocument> Apply(string yaml, IReadOnlyList<PracticesDocument> documents, string fileMethod)
    {
        // A path is read as a single plain scalar: no organisation, and one document.
        if (documents.Count != 1 || documents[0] is not { Organisation: null } document || !LooksLikePath(yaml))
        {
            return documents;
        }

        var unsupportedKind = EngineDiagnostics.UnsupportedKind.Id;
        if (!document.Findings.Any(f => f.RuleId == unsupportedKind))
        {
            return documents;
        }

        var findings = document.Findings.Select(f => f.RuleId != unsupportedKind ? f : new Finding(
            f.Descriptor,
            $"{f.Message} The text '{yaml.Trim()}' looks like a file path, but this method reads YAML text; did you mean {fileMethod}?",
            f.Location,
            f.Outcome)
        {
            Severity = f.Severity,
            Principle = f.Principle,
            Fingerprint = f.Fingerprint,
            Suppression = f.Suppression,
            BaselineState = f.BaselineState,
        }).ToList();
        return [new PracticesDocument(document.File, document.Index, document.StartLine, null, document.SourceMap, findings) { Comments = document.Comments }];
    }

    /// <summary>One line ending in <c>.yaml</c> or <c>.yml</c> that YAML would not read as a mapping, list or comment.</summary>
    internal static bool LooksLikePath(string yaml)
    {
        var text = yaml.AsSpan().Trim();
        return text.Length is > 0 and <= MaxPathLength && PathPattern().IsMatch(text);
    }

    // No line break; no ": " (a mapping) and no YAML indicator first ("- " a list, "#" a comment, "{" "[" flow...).
    [GeneratedRegex(@"^(?![-?:,\[\]{}#&*!|>'""%@`])(?![^\r\n]*:\s)[^\r\n]*\.ya?ml\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PathPattern();
}

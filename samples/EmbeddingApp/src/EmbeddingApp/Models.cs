namespace EmbeddingApp;

/// <summary>A principle as <c>GET /principles</c> lists it.</summary>
internal sealed record PrincipleInfo(string Id, string Title, string Text);

/// <summary>
/// An NE finding of a broken document, as the 400 answer lists it, with its code fixes: each a title and text edits
/// (<c>start</c> and <c>end</c> offsets in the text sent, and the <c>newText</c> in their place) that the page applies.
/// </summary>
internal sealed record DocumentFinding(string RuleId, string Message, int Line, int Column, string Path, int Document, IReadOnlyList<NormsEngine.Diagnostics.CodeFix> Fixes);

internal static class EngineFindings
{
    /// <summary>NE0001 to NE0007: the document could not be read or bound, so it was not evaluated.</summary>
    public static bool IsDocumentError(string ruleId) =>
        ruleId.Length == 6 && ruleId.StartsWith("NE000", StringComparison.Ordinal) && ruleId[5] is >= '1' and <= '7';
}

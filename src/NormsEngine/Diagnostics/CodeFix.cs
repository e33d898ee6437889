namespace NormsEngine.Diagnostics;

/// <summary>
/// An automatic repair of one finding, as an IDE's code fix: a title saying what it does and the text edits that do
/// it, applied together or not at all (<see cref="CodeFixes"/>).
/// </summary>
/// <param name="Title">What the fix does, one line: "Rename 'trainning' to 'training'".</param>
/// <param name="RuleId">The ID of the diagnostic the fix repairs: <c>NE0002</c>.</param>
/// <param name="Edits">The edits, in text order; they never overlap.</param>
public sealed record CodeFix(string Title, string RuleId, IReadOnlyList<TextEdit> Edits);

namespace NormsEngine.Diagnostics;

/// <summary>One principle of the Paris Call.</summary>
/// <param name="Id">Our ID for it, <c>P1</c> to <c>P9</c>.</param>
/// <param name="Title">Its short name, for example <c>Cyber hygiene</c>.</param>
/// <param name="Text">Its official English wording.</param>
public sealed record Principle(string Id, string Title, string Text);

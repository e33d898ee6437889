namespace NormsEngine.Testing;

/// <summary>One expectation of a fixture that did not hold.</summary>
/// <param name="File">The fixture file.</param>
/// <param name="Line">The 1-based line of the annotation or the unexpected finding (0 for the whole file).</param>
/// <param name="Message">What was expected and what was found.</param>
public sealed record FixtureFailure(string File, int Line, string Message)
{
    /// <summary>The failure as <c>file:line: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";
}

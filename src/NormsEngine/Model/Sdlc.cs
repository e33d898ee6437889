namespace NormsEngine.Model;

/// <summary>Secure development lifecycle (<c>lifecycle.sdlc</c>).</summary>
public sealed record Sdlc
{
    /// <summary>A documented secure development lifecycle.</summary>
    [Field("A documented secure development lifecycle.")]
    public bool? Documented { get; init; }
}

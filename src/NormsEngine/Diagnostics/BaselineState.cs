namespace NormsEngine.Diagnostics;

/// <summary>A finding's state against a baseline (SARIF <c>baselineState</c>).</summary>
public enum BaselineState
{
    /// <summary>Not in the baseline: it counts.</summary>
    New,

    /// <summary>In the baseline: reported, but failing no run and lowering no verdict.</summary>
    Unchanged,
}

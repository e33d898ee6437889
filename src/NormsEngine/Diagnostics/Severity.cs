namespace NormsEngine.Diagnostics;

/// <summary>How serious a finding is. Ordered: <see cref="None"/> &lt; <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.</summary>
public enum Severity
{
    /// <summary>The rule is turned off: it reports nothing.</summary>
    None = 0,

    /// <summary>Worth knowing; fails a run only when failOn is info, but a failure counts in the principle's verdict like any other.</summary>
    Info = 1,

    /// <summary>A gap: the principle is at best partially satisfied.</summary>
    Warning = 2,

    /// <summary>A gap that fails a principle.</summary>
    Error = 3,
}

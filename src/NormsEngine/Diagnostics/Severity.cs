namespace NormsEngine.Diagnostics;

/// <summary>How serious a finding is. Ordered: <see cref="None"/> &lt; <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.</summary>
public enum Severity
{
    /// <summary>The rule is turned off: it reports nothing.</summary>
    None = 0,

    /// <summary>Worth knowing; never lowers a verdict.</summary>
    Info = 1,

    /// <summary>A gap that partly fails a principle.</summary>
    Warning = 2,

    /// <summary>A gap that fails a principle.</summary>
    Error = 3,
}

namespace NormsEngine.Diagnostics;

/// <summary>Where a threshold's value in force came from.</summary>
public enum ThresholdSource
{
    /// <summary>The default of the pack that declares it.</summary>
    Default,

    /// <summary>A pack loaded later that declares it again with its own value.</summary>
    Pack,

    /// <summary>The configuration file (<c>thresholds:</c> in <c>norms.config.yaml</c>).</summary>
    Configuration,

    /// <summary>Code: the evaluation's or the engine's options.</summary>
    Options,
}

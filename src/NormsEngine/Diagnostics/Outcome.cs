namespace NormsEngine.Diagnostics;

/// <summary>What a rule concluded for one target (the organisation, or one supplier).</summary>
public enum Outcome
{
    /// <summary>It applies and its condition does not hold: evidence, no finding.</summary>
    Passed,

    /// <summary>It applies and its condition holds: a finding.</summary>
    Failed,

    /// <summary>It applies but a value it needs is not declared: an NE0201 finding.</summary>
    InsufficientData,

    /// <summary>Its scope does not hold, or it is turned off.</summary>
    NotApplicable,
}

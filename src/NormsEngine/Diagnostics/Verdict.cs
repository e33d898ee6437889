namespace NormsEngine.Diagnostics;

/// <summary>A principle's verdict, from its rules' outcomes after configuration, suppressions and baseline.</summary>
public enum Verdict
{
    /// <summary>No failed rule above info and no missing data, and at least one rule passed.</summary>
    Satisfied,

    /// <summary>A rule with effective severity warning failed, and none with error.</summary>
    PartiallySatisfied,

    /// <summary>A rule with effective severity error failed.</summary>
    NotSatisfied,

    /// <summary>No error or warning failed, but a rule lacked data (or the document could not be evaluated).</summary>
    Undetermined,

    /// <summary>No rule of the principle applies.</summary>
    NotApplicable,
}

namespace NormsEngine.Diagnostics;

/// <summary>
/// A principle's verdict, from its rules' outcomes after severity configuration and before suppressions and the
/// baseline (evaluation.md, "Outcomes and verdicts"): a suppression or a baseline decides what fails the run, never
/// what a principle's verdict is. The first that matches, in the order below from <see cref="NotAssessed"/>, wins.
/// </summary>
public enum Verdict
{
    /// <summary>Every outcome passed, and there is at least one: the score is 100%.</summary>
    Satisfied,

    /// <summary>A rule failed (warning or info, none with error) and at least one passed: the score is between 0% and 100%.</summary>
    PartiallySatisfied,

    /// <summary>A rule with effective severity error failed, or rules failed and none passed.</summary>
    NotSatisfied,

    /// <summary>No rule failed, but a rule lacked data; or the document could not be evaluated (NE0001 to NE0007 errors).</summary>
    Undetermined,

    /// <summary>No rule of the principle applies to this organisation.</summary>
    NotApplicable,

    /// <summary>The configuration turned the principle off (<c>principles: { P3: none }</c>): it was not assessed, and has no score.</summary>
    NotAssessed,
}

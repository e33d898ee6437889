namespace NormsEngine.Diagnostics;

/// <summary>Where a suppression was written, in SARIF's terms.</summary>
public enum SuppressionKind
{
    /// <summary>In the document: a <c># norms-ignore ID: reason</c> comment.</summary>
    InSource,

    /// <summary>In the configuration file's <c>suppressions</c>.</summary>
    External,
}

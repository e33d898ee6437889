namespace NormsEngine.Cli;

/// <summary>Exit codes, as evaluation.md defines them.</summary>
internal static class ExitCodes
{
    /// <summary>No finding at or above the failing severity.</summary>
    public const int Success = 0;

    /// <summary>At least one finding at or above the failing severity.</summary>
    public const int Findings = 1;

    /// <summary>The tool could not do its job: bad arguments, unreadable files, invalid configuration or pack.</summary>
    public const int ToolFailure = 2;
}

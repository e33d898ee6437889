using NormsEngine.Diagnostics;

namespace NormsEngine.Configuration;

/// <summary>A configuration as read, with the NE0103 findings that make it invalid (the tool exits 2 on any).</summary>
/// <param name="Configuration">The configuration read (defaults where the file is wrong).</param>
/// <param name="Errors">NE0103 findings with file, line and column.</param>
public sealed record ConfigurationResult(NormsConfiguration Configuration, IReadOnlyList<Finding> Errors)
{
    /// <summary>Whether the configuration has no error.</summary>
    public bool IsValid => Errors.Count == 0;
}

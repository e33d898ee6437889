using NormsEngine.Diagnostics;

namespace NormsEngine.Packs;

/// <summary>A rule pack cannot be used: NE0101 (cannot be loaded) or NE0102 (duplicate rule ID).</summary>
public sealed class RulePackException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="descriptor">The engine diagnostic (NE0101 or NE0102).</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="location">Where, when known.</param>
    public RulePackException(RuleDescriptor descriptor, string message, SourceLocation? location = null)
        : base(message)
    {
        Descriptor = descriptor;
        Location = location;
    }

    /// <summary>The engine diagnostic.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>Where the problem is, when known.</summary>
    public SourceLocation? Location { get; }
}

using System.CommandLine;

namespace NormsEngine.Cli.Commands;

/// <summary>A command whose help ends with examples; the command list shows only its one-line description.</summary>
internal sealed class DocumentedCommand : Command
{
    public DocumentedCommand(string name, string description, params string[] examples)
        : base(name, description) => Examples = examples;

    /// <summary>Command lines to show under "Examples:" in the command's help.</summary>
    public IReadOnlyList<string> Examples { get; }

    /// <summary>More text for the command's help, shown before the examples, or <c>null</c>.</summary>
    public string? Notes { get; init; }
}

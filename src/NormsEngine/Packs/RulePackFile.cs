using NormsEngine.Diagnostics;
using NormsEngine.Documents;

namespace NormsEngine.Packs;

/// <summary>
/// Loads YAML rule packs (<c>kind: RulePack</c>). A pack is checked as it loads: every mistake (an unknown path, a
/// test that does not fit a field, a literal of the wrong type, a bad or duplicate rule ID, an unknown principle or
/// threshold, a message placeholder that names no path, a missing key, an invalid regular expression) is an NE0101
/// finding with the pack file's line and column and, where one is close, a "did you mean". Nothing in a pack can
/// run code: its rules compile to NRules rule definitions over the practices model.
/// </summary>
public static class RulePackFile
{
    /// <summary>Loads the YAML rule pack at <paramref name="path"/>.</summary>
    /// <param name="path">The pack file; findings name it as given.</param>
    /// <param name="knownThresholds">
    /// Thresholds declared by the other packs that will be loaded with this one (for example the Paris Call pack's),
    /// which the pack may name in <c>{ threshold: ... }</c>; the pack's own <c>thresholds:</c> are always known.
    /// </param>
    /// <returns>
    /// The pack, or every mistake in it; a file that cannot be read is one NE0101 finding, not an exception, located at
    /// the file with line and column 0 when the file could not be opened (there is no position in it to give).
    /// </returns>
    public static RulePackLoadResult Load(string path, IEnumerable<string>? knownThresholds = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);

        // Bounded by bytes read, not by the length the file claims: devices and pipes claim 0.
        var read = BoundedInput.ReadFile(path, "pack file");
        return read.Text is { } text
            ? Parse(text, path, knownThresholds)
            : Failed(path, read.Problem!, read.Line > 0
                ? new SourceLocation(path, string.Empty, read.Line, read.Column, read.Line, read.Column + 1)
                : new SourceLocation(path, string.Empty, 0, 0, 0, 0));
    }

    /// <summary>Loads a YAML rule pack from its text.</summary>
    /// <param name="text">The pack's YAML.</param>
    /// <param name="file">The file name to put in findings' locations.</param>
    /// <param name="knownThresholds">Thresholds declared by the other packs loaded with this one; the pack's own are always known.</param>
    /// <returns>The pack, or every mistake in it.</returns>
    public static RulePackLoadResult Parse(string text, string file, IEnumerable<string>? knownThresholds = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        if (text.Length > ReaderLimits.Default.MaxInputBytes)
        {
            return Failed(file, $"The pack is larger than {BoundedInput.LimitText(ReaderLimits.Default.MaxInputBytes)} characters; it was not read.");
        }

        return RulePackParser.Parse(text, file, knownThresholds ?? []);
    }

    private static RulePackLoadResult Failed(string file, string message, SourceLocation? location = null)
    {
        var finding = RulePackParser.FileError(file, message);
        return new RulePackLoadResult(null, [location is null ? finding : new Finding(finding.Descriptor, finding.Message, location)]);
    }
}

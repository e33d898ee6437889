using System.Globalization;

namespace NormsEngine.Configuration;

/// <summary>
/// Path globs as CI users write them: <c>**/</c> any number of folders (none included), <c>**</c> elsewhere any
/// characters, <c>*</c> any characters but <c>/</c>, <c>?</c> one character but <c>/</c>; everything else is
/// itself. Paths are compared with forward slashes, whole.
/// </summary>
/// <remarks>
/// Matching simulates the pattern's automaton over the path, one character at a time, keeping the set of pattern
/// positions still possible: time is at most the pattern's length times the path's, whatever the pattern. (A
/// backtracking regular expression took exponential time on <c>**/**/**/...</c> and timed out.)
/// </remarks>
public sealed class Glob
{
    /// <summary>The longest glob accepted: the longest path most file systems allow.</summary>
    public const int MaxLength = 4096;

    private readonly Step[] _steps;

    /// <summary>Creates a glob.</summary>
    /// <param name="pattern">The pattern, with forward or back slashes.</param>
    public Glob(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = Normalise(pattern);
        var steps = new List<Step>();
        for (var i = 0; i < Pattern.Length; i++)
        {
            var c = Pattern[i];
            if (c == '*' && i + 1 < Pattern.Length && Pattern[i + 1] == '*')
            {
                var slash = i + 2 < Pattern.Length && Pattern[i + 2] == '/';
                i += slash ? 2 : 1;

                // "**/**/" is "**/": folders then folders. Collapsing keeps the automaton as small as the glob's meaning.
                if (!(slash && steps.Count >= 2 && steps[^2].Kind == StepKind.FoldersEntry))
                {
                    if (slash)
                    {
                        steps.Add(new Step(StepKind.FoldersEntry, '\0'));
                        steps.Add(new Step(StepKind.FoldersLoop, '\0'));
                    }
                    else
                    {
                        steps.Add(new Step(StepKind.AnyRun, '\0'));
                    }
                }
            }
            else
            {
                steps.Add(c switch
                {
                    '*' => new Step(StepKind.SegmentRun, '\0'),
                    '?' => new Step(StepKind.OneCharacter, '\0'),
                    _ => new Step(StepKind.Literal, c),
                });
            }
        }

        _steps = [.. steps];
    }

    /// <summary>The pattern, with forward slashes and no leading <c>./</c>.</summary>
    public string Pattern { get; }

    /// <summary>Whether <paramref name="pattern"/> has a wildcard.</summary>
    /// <param name="pattern">A path or a glob.</param>
    /// <returns><c>true</c> when it has <c>*</c> or <c>?</c>.</returns>
    public static bool IsGlob(string pattern) => pattern.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>What is wrong with a glob, or <c>null</c>: only its length can be (every text is a glob).</summary>
    /// <param name="pattern">The glob.</param>
    /// <returns>The problem, one sentence, or <c>null</c>.</returns>
    public static string? Problem(string pattern) =>
        pattern.Length > MaxLength
            ? $"The glob is {pattern.Length.ToString(CultureInfo.InvariantCulture)} characters long; a glob is at most {MaxLength.ToString(CultureInfo.InvariantCulture)}."
            : null;

    /// <summary>A path with forward slashes and no leading <c>./</c>.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The normalised path.</returns>
    public static string Normalise(string path)
    {
        var normalised = path.Replace('\\', '/');
        while (normalised.StartsWith("./", StringComparison.Ordinal))
        {
            normalised = normalised[2..];
        }

        return normalised;
    }

    /// <summary>Whether the whole of <paramref name="path"/> matches the glob.</summary>
    /// <param name="path">A path, with forward or back slashes.</param>
    /// <returns><c>true</c> when it matches.</returns>
    public bool IsMatch(string path)
    {
        var text = Normalise(path);

        // State i: the first i steps have matched the text read so far. State _steps.Length: the whole glob has.
        var current = new bool[_steps.Length + 1];
        var next = new bool[_steps.Length + 1];
        current[0] = true;
        Close(current);
        foreach (var c in text)
        {
            Array.Clear(next);
            var any = false;
            for (var i = 0; i < _steps.Length; i++)
            {
                if (!current[i])
                {
                    continue;
                }

                var step = _steps[i];
                switch (step.Kind)
                {
                    case StepKind.Literal when c == step.Character:
                    case StepKind.OneCharacter when c != '/':
                        next[i + 1] = any = true;
                        break;
                    case StepKind.SegmentRun when c != '/':
                    case StepKind.AnyRun:
                        next[i] = any = true;
                        break;
                    case StepKind.FoldersLoop:
                        // Inside "**/": any character stays inside; a slash may also end it.
                        next[i] = any = true;
                        next[i + 1] |= c == '/';
                        break;
                }
            }

            if (!any)
            {
                return false;
            }

            Close(next);
            (current, next) = (next, current);
        }

        return current[_steps.Length];
    }

    /// <summary>Adds the states reachable without reading a character: past a run that may be empty, or into or past "**/".</summary>
    private void Close(bool[] states)
    {
        // Every empty move goes forward, so one pass in order reaches them all.
        for (var i = 0; i < _steps.Length; i++)
        {
            if (!states[i])
            {
                continue;
            }

            switch (_steps[i].Kind)
            {
                case StepKind.SegmentRun or StepKind.AnyRun:
                    states[i + 1] = true;
                    break;
                case StepKind.FoldersEntry:
                    // "**/" matches nothing at all, or enters its loop, which must end with a slash.
                    states[i + 1] = true;
                    states[i + 2] = true;
                    break;
            }
        }
    }

    private enum StepKind
    {
        /// <summary>One given character.</summary>
        Literal,

        /// <summary><c>?</c>: one character but <c>/</c>.</summary>
        OneCharacter,

        /// <summary><c>*</c>: any characters but <c>/</c>, none included.</summary>
        SegmentRun,

        /// <summary><c>**</c> not followed by <c>/</c>: any characters.</summary>
        AnyRun,

        /// <summary>Where <c>**/</c> starts: it may match nothing (skip the loop) or enter it.</summary>
        FoldersEntry,

        /// <summary>Inside <c>**/</c>: any characters, left after a <c>/</c>.</summary>
        FoldersLoop,
    }

    private readonly record struct Step(StepKind Kind, char Character);
}

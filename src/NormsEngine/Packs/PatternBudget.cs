using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.Packs;

/// <summary>
/// The time one document may spend in the <c>matches</c> tests of YAML packs, summed over every test of every rule
/// and every <c>forEach</c> item. Each test still has its own timeout (<see cref="MatchTimeout"/>); once the budget
/// is spent, the remaining tests are not run and are unknown, so a rule reports NE0201 naming the budget.
/// One budget serves one document's session on one thread (it lives in the session's rule context).
/// </summary>
/// <remarks>
/// Without a total, a pattern that times out on every item costs its timeout once per item: 1,000 suppliers made
/// 100 s. The budget is 250 ms: honest patterns over a document's values take microseconds, so a real pack never
/// comes near it, and the worst document ends within the budget plus one test's timeout (350 ms), under a second.
/// </remarks>
internal sealed class PatternBudget
{
    /// <summary>How long one <c>matches</c> test may run before it gives up (the test is then unknown).</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>The total time one document may spend in <c>matches</c> tests.</summary>
    public static readonly TimeSpan PerDocument = TimeSpan.FromMilliseconds(250);

    /// <summary>The budget of the document whose session <paramref name="context"/> serves.</summary>
    /// <param name="context">The session's rule context.</param>
    /// <returns>The budget, created on first use.</returns>
    public static PatternBudget Of(RuleContext context) => context.PackState(static () => new PatternBudget(PerDocument));

    private readonly long _budget;
    private readonly TimeSpan _total;
    private long _spent;
    private Dictionary<(PackRule Rule, Supplier? Item), IReadOnlyList<UnknownValue>>? _undecidedScopes;

    public PatternBudget(TimeSpan total)
    {
        _total = total;
        _budget = (long)(total.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>Whether the budget is spent: no further test runs.</summary>
    public bool IsSpent => _spent >= _budget;

    /// <summary>
    /// Compiles a pack's pattern with the non-backtracking engine, whose time grows linearly with the text; patterns
    /// it cannot run (backreferences, lookarounds, atomic groups) get the backtracking engine, which the timeout and
    /// the budget bound.
    /// </summary>
    /// <exception cref="ArgumentException">The pattern is not a regular expression.</exception>
    public static Regex Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, MatchTimeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
    }

    /// <summary>Whether <paramref name="pattern"/> matches; <c>null</c> with the <paramref name="problem"/> when it timed out or the budget is spent.</summary>
    public bool? IsMatch(Regex pattern, string text, out string? problem)
    {
        problem = null;
        if (IsSpent)
        {
            problem = $"matching /{pattern}/ was not tried: the document's {Milliseconds(_total)} ms budget for pattern matching is spent";
            return null;
        }

        var start = Stopwatch.GetTimestamp();
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            problem = $"matching /{pattern}/ took longer than {Milliseconds(pattern.MatchTimeout)} ms";
            return null;
        }
        finally
        {
            _spent += Stopwatch.GetTimestamp() - start;
        }
    }

    /// <summary>Notes that a rule's <c>appliesWhen</c> for <paramref name="item"/> is unknown because a declared value could not be tested (a pattern could not run, an extension value of the wrong type).</summary>
    public void NoteUndecidedScope(PackRule rule, Supplier? item, IReadOnlyList<UnknownValue> unknown) =>
        (_undecidedScopes ??= [])[(rule, item)] = unknown;

    /// <summary>The unknown values of a scope noted by <see cref="NoteUndecidedScope"/>, or <c>null</c>.</summary>
    public IReadOnlyList<UnknownValue>? UndecidedScope(PackRule rule, Supplier? item) =>
        _undecidedScopes is not null && _undecidedScopes.TryGetValue((rule, item), out var unknown) ? unknown : null;

    private static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString(CultureInfo.InvariantCulture);
}

using System.Linq.Expressions;
using NormsEngine.Diagnostics;

namespace NormsEngine.Rules;

/// <summary>
/// The evaluation's context, inserted into every NRules session as a fact: the as-of date, the thresholds, and
/// the API rules report their outcomes through. A member expression names the value an outcome is about
/// (<c>o =&gt; o.Hygiene.Mfa.AdminPct</c>); the engine turns it into the YAML path and the location.
/// One context serves one session on one thread.
/// </summary>
public sealed class RuleContext
{
    private readonly List<RuleOutcome> _outcomes = [];
    private readonly Thresholds _thresholds;

    internal RuleContext(DateOnly asOf, Thresholds thresholds, OutcomeRecorder? recorder = null)
    {
        AsOf = asOf;
        _thresholds = thresholds;
        Recorder = recorder;
        Thresholds = recorder is null ? thresholds : new Thresholds(thresholds, recorder);
    }

    /// <summary>A new context for the same document: same as-of date and thresholds, no outcomes, a new recorder if this one records.</summary>
    internal RuleContext Fresh() => new(AsOf, _thresholds, Recorder is null ? null : new OutcomeRecorder());

    /// <summary>Notes what each action reads when the evaluation explains its outcomes; <c>null</c> otherwise.</summary>
    internal OutcomeRecorder? Recorder { get; }

    /// <summary>The date every age check compares with.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The thresholds in force (pack defaults with configuration applied).</summary>
    public Thresholds Thresholds { get; }

    internal IReadOnlyList<RuleOutcome> Outcomes => _outcomes;

    private object? _packState;

    /// <summary>
    /// State a kind of pack keeps for one document's session (the YAML packs' pattern budget), created on first use.
    /// The context holds it without knowing its type, so that rule authoring depends on no pack loader.
    /// </summary>
    /// <typeparam name="T">The state's type; one type per context.</typeparam>
    /// <param name="create">Creates the state.</param>
    /// <returns>The state.</returns>
    internal T PackState<T>(Func<T> create)
        where T : class => (T)(_packState ??= create());

    /// <summary>Whole days from <paramref name="date"/> to the as-of date, or <c>null</c> when not declared.</summary>
    /// <param name="date">A declared date, or <c>null</c>.</param>
    /// <returns>The age in days.</returns>
    public int? AgeInDays(DateOnly? date)
    {
        Recorder?.AsOfUsed();
        return date is { } d ? AsOf.DayNumber - d.DayNumber : null;
    }

    /// <summary>Reports that the rule failed for <paramref name="target"/>, pointing at <paramref name="value"/>.</summary>
    /// <typeparam name="T">The target's type: the organisation or a supplier.</typeparam>
    /// <param name="descriptor">The rule.</param>
    /// <param name="target">The organisation, or the supplier for per-supplier rules.</param>
    /// <param name="value">The value that decides the failure.</param>
    /// <param name="args">Values for the rule's message format.</param>
    public void Fail<T>(RuleDescriptor descriptor, T target, Expression<Func<T, object?>> value, params object?[] args)
        where T : class =>
        Add(new RuleOutcome(descriptor, Outcome.Failed, MemberPath.Of(target, value), descriptor.FormatMessage(args), []));

    /// <summary>Reports that the rule applied and passed for <paramref name="target"/>.</summary>
    /// <typeparam name="T">The target's type.</typeparam>
    /// <param name="descriptor">The rule.</param>
    /// <param name="target">The organisation, or the supplier.</param>
    /// <param name="value">The value that decided it.</param>
    public void Pass<T>(RuleDescriptor descriptor, T target, Expression<Func<T, object?>> value)
        where T : class =>
        Add(new RuleOutcome(descriptor, Outcome.Passed, MemberPath.Of(target, value), string.Empty, []));

    /// <summary>Reports that the rule applies but the given values are not declared.</summary>
    /// <typeparam name="T">The target's type.</typeparam>
    /// <param name="descriptor">The rule.</param>
    /// <param name="target">The organisation, or the supplier.</param>
    /// <param name="missing">A value the rule needs; the finding points at its nearest declared parent.</param>
    /// <param name="alsoMissing">Further values the rule needs.</param>
    public void InsufficientData<T>(RuleDescriptor descriptor, T target, Expression<Func<T, object?>> missing, params Expression<Func<T, object?>>[] alsoMissing)
        where T : class
    {
        var paths = new string[alsoMissing.Length + 1];
        paths[0] = MemberPath.Of(target, missing);
        for (var i = 0; i < alsoMissing.Length; i++)
        {
            paths[i + 1] = MemberPath.Of(target, alsoMissing[i]);
        }

        Add(new RuleOutcome(descriptor, Outcome.InsufficientData, paths[0], string.Empty, paths));
    }

    /// <summary>
    /// Reports that the rule applies but the values at <paramref name="missingPaths"/> are not declared (paths from
    /// <see cref="PathOf{T}"/>, possibly from several targets, as in a per-supplier rule that also reads the organisation).
    /// </summary>
    /// <param name="descriptor">The rule.</param>
    /// <param name="missingPaths">YAML paths of the values the rule needs.</param>
    /// <param name="at">The path the outcome belongs to (for example the supplier's); default: the first missing path. The finding points at its nearest declared parent.</param>
    public void InsufficientData(RuleDescriptor descriptor, IReadOnlyList<string> missingPaths, string? at = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(missingPaths.Count);
        Add(new RuleOutcome(descriptor, Outcome.InsufficientData, at ?? missingPaths[0], string.Empty, missingPaths));
    }

    /// <summary>The YAML path of a value, for example <c>supplyChain.suppliers[2].incidentNoticeHours</c>.</summary>
    /// <typeparam name="T">The target's type: the organisation or a supplier.</typeparam>
    /// <param name="target">The organisation or a supplier.</param>
    /// <param name="value">A chain of properties from the target.</param>
    /// <returns>The path.</returns>
    public string PathOf<T>(T target, Expression<Func<T, object?>> value)
        where T : class
    {
        // A rule names a value's path because it is about that value: when explaining, that is a value read.
        var path = MemberPath.Of(target, value);
        Recorder?.Path(path);
        return path;
    }

    /// <summary>
    /// Reports one condition decided with three-valued logic: <c>true</c> fails, <c>false</c> passes,
    /// <c>null</c> (a value not declared) is insufficient data.
    /// </summary>
    /// <typeparam name="T">The target's type.</typeparam>
    /// <param name="descriptor">The rule.</param>
    /// <param name="target">The organisation, or the supplier.</param>
    /// <param name="value">The value the condition reads.</param>
    /// <param name="fails">Whether the rule's failure condition holds, or <c>null</c> when unknown.</param>
    /// <param name="args">Values for the rule's message format.</param>
    public void Decide<T>(RuleDescriptor descriptor, T target, Expression<Func<T, object?>> value, bool? fails, params object?[] args)
        where T : class
    {
        switch (fails)
        {
            case true:
                Fail(descriptor, target, value, args);
                break;
            case false:
                Pass(descriptor, target, value);
                break;
            default:
                InsufficientData(descriptor, target, value);
                break;
        }
    }

    /// <summary>
    /// Starts a check whose failure condition is an OR of several conditions, combined with three-valued logic:
    /// any true fails (at the first true condition), otherwise any unknown is insufficient data, otherwise it passes.
    /// </summary>
    /// <typeparam name="T">The target's type.</typeparam>
    /// <param name="descriptor">The rule.</param>
    /// <param name="target">The organisation, or the supplier.</param>
    /// <returns>The check; add conditions with <see cref="RuleCheck{T}.FailsWhen"/>, then call <see cref="RuleCheck{T}.Report"/>.</returns>
    public RuleCheck<T> Check<T>(RuleDescriptor descriptor, T target)
        where T : class => new(this, descriptor, target);

    /// <summary>Adds an outcome; when explaining, with what the action read for it.</summary>
    internal void Add(RuleOutcome outcome) =>
        _outcomes.Add(Recorder is { } recorder ? outcome with { Reads = recorder.Take(outcome) } : outcome);

    /// <summary>Notes the path of a value a check read (when explaining).</summary>
    internal void Read<T>(T target, Expression<Func<T, object?>> value)
        where T : class => Recorder?.Path(MemberPath.Of(target, value));
}

/// <summary>The outcome a rule reported for one target.</summary>
internal sealed record RuleOutcome(RuleDescriptor Descriptor, Outcome Outcome, string Path, string Message, IReadOnlyList<string> MissingPaths)
{
    /// <summary>What the rule read to decide it, when explaining; <c>null</c> otherwise.</summary>
    public OutcomeReads? Reads { get; init; }
}

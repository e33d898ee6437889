using System.Collections;
using System.Text.RegularExpressions;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.Packs;

/// <summary>What a condition is evaluated over: the context, the organisation and, for <c>forEach</c> rules, the item.</summary>
internal readonly record struct PackScope(RuleContext Context, Organisation Organisation, Supplier? Item);

/// <summary>
/// A value a condition could not read: its YAML path (where a finding points), how the NE0201 message names it, and
/// whether it is declared but the test could not decide on it (an extension value of a type the test cannot read, or
/// a <c>matches</c> test that timed out or found the document's pattern budget spent): such a value is reported as
/// insufficient data even in <c>appliesWhen</c>, where a value merely not declared makes the rule not apply.
/// </summary>
internal readonly record struct UnknownValue(string Path, string Display, bool Undecidable = false)
{
    public static UnknownValue NotDeclared(string path) => new(path, path);
}

/// <summary>
/// A condition's three-valued result: <see cref="Value"/> <c>null</c> is unknown and <see cref="Unknown"/> lists
/// the paths that made it so; <see cref="Witness"/> is the path of the test that decided a true or false result.
/// </summary>
internal readonly record struct ConditionResult(bool? Value, string? Witness, IReadOnlyList<UnknownValue> Unknown)
{
    public static ConditionResult Of(bool value, string witness) => new(value, witness, []);

    public static ConditionResult NotKnown(IReadOnlyList<UnknownValue> unknown) => new(null, null, unknown);
}

/// <summary>
/// A condition of a YAML rule: a test on one path, or <c>all</c>, <c>any</c>, <c>not</c> of conditions. A condition
/// puts itself into words (<see cref="Describe()"/>) for rule pages and explanations alike.
/// </summary>
internal abstract class PackCondition
{
    /// <summary>The first test in document order: a passing rule points at its path.</summary>
    public abstract PackTest FirstTest { get; }

    /// <summary>Whether any test reads the <c>forEach</c> item.</summary>
    public abstract bool ReadsItem { get; }

    /// <summary>Every path the condition reads, in document order, each test's field before the path it compares with.</summary>
    public abstract IEnumerable<PackPath> Paths { get; }

    /// <summary>Whether <see cref="Describe(Wording)"/> lists parts, and so is put in parentheses inside another condition.</summary>
    internal virtual bool IsCompound => false;

    public abstract ConditionResult Evaluate(PackScope scope);

    /// <summary>
    /// The condition as a clause: "roles.nis2Entity is one of important, essential", "any of: A; B", "not: A". It
    /// completes "the rule fails when ..." and "the rule applies when ...".
    /// </summary>
    public string Describe() => Describe(Wording.Plain);

    /// <summary>The condition as a clause, its names and values set off as <paramref name="wording"/> says.</summary>
    public abstract string Describe(Wording wording);

    /// <summary>The clause as a part of another condition: in parentheses when it has parts of its own.</summary>
    internal string DescribeNested(Wording wording) => IsCompound ? "(" + Describe(wording) + ")" : Describe(wording);
}

/// <summary><c>all</c> (and a mapping of several tests): false if any is false, else unknown if any is unknown, else true.</summary>
internal sealed class AllCondition(IReadOnlyList<PackCondition> parts) : JunctionCondition(parts, decisive: false);

/// <summary><c>any</c>: true if any is true, else unknown if any is unknown, else false.</summary>
internal sealed class AnyCondition(IReadOnlyList<PackCondition> parts) : JunctionCondition(parts, decisive: true);

/// <summary>
/// <c>all</c> and <c>any</c> in three-valued logic: the first part that gives the <paramref name="decisive"/> value
/// decides; otherwise any unknown part makes the whole unknown; otherwise the whole is the other value.
/// </summary>
internal abstract class JunctionCondition(IReadOnlyList<PackCondition> parts, bool decisive) : PackCondition
{
    public override PackTest FirstTest => parts[0].FirstTest;

    public override bool ReadsItem => parts.Any(p => p.ReadsItem);

    public override IEnumerable<PackPath> Paths => parts.SelectMany(p => p.Paths);

    internal override bool IsCompound => true;

    public override string Describe(Wording wording) =>
        (decisive ? "any of: " : "all of: ") + string.Join("; ", parts.Select(p => p.DescribeNested(wording)));

    public override ConditionResult Evaluate(PackScope scope)
    {
        List<UnknownValue>? unknown = null;
        string? witness = null;
        foreach (var part in parts)
        {
            var result = part.Evaluate(scope);
            if (result.Value == decisive)
            {
                return result;
            }

            if (result.Value is null)
            {
                (unknown ??= []).AddRange(result.Unknown);
            }
            else
            {
                witness ??= result.Witness;
            }
        }

        return unknown is null ? ConditionResult.Of(!decisive, witness!) : ConditionResult.NotKnown([.. unknown.Distinct()]);
    }
}

/// <summary><c>not</c>: the negation; not unknown is unknown.</summary>
internal sealed class NotCondition(PackCondition part) : PackCondition
{
    public override PackTest FirstTest => part.FirstTest;

    public override bool ReadsItem => part.ReadsItem;

    public override IEnumerable<PackPath> Paths => part.Paths;

    internal override bool IsCompound => true;

    public override string Describe(Wording wording) => "not: " + part.DescribeNested(wording);

    public override ConditionResult Evaluate(PackScope scope)
    {
        var result = part.Evaluate(scope);
        return result.Value is { } value ? result with { Value = !value } : result;
    }
}

/// <summary>The tests a YAML rule can apply to a path.</summary>
internal enum TestOperator
{
    Equals,
    NotEquals,
    In,
    NotIn,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
    Contains,
    IsEmpty,
    Declared,
    OlderThanDays,
    Matches,
}

/// <summary>The right-hand side of a test: a literal, another path, or a threshold.</summary>
internal abstract record PackOperand
{
    public sealed record Literal(object? Value) : PackOperand;

    public sealed record Path(PackPath Value) : PackOperand;

    public sealed record Threshold(string Name) : PackOperand;
}

/// <summary>One test on one path (<c>item.lastAssessment: { olderThanDays: 365 }</c>).</summary>
internal sealed class PackTest(PackPath field, TestOperator op, PackOperand operand, Regex? pattern) : PackCondition
{
    public PackPath Field { get; } = field;

    public override PackTest FirstTest => this;

    public override bool ReadsItem => Field.IsItem || (operand is PackOperand.Path { Value.IsItem: true });

    public override IEnumerable<PackPath> Paths => operand is PackOperand.Path other ? [Field, other.Value] : [Field];

    public override string Describe(Wording wording)
    {
        var path = wording.Code(Field.Text);
        var yes = operand is PackOperand.Literal { Value: true };
        return op switch
        {
            TestOperator.Equals => $"{path} is {Operand(wording)}",
            TestOperator.NotEquals => $"{path} is not {Operand(wording)}",
            TestOperator.In => $"{path} is one of {Operand(wording)}",
            TestOperator.NotIn => $"{path} is none of {Operand(wording)}",
            TestOperator.GreaterThan => $"{path} is greater than {Operand(wording)}",
            TestOperator.GreaterThanOrEqual => $"{path} is greater than or equal to {Operand(wording)}",
            TestOperator.LessThan => $"{path} is less than {Operand(wording)}",
            TestOperator.LessThanOrEqual => $"{path} is less than or equal to {Operand(wording)}",
            TestOperator.Contains => $"{path} contains {Operand(wording)}",
            TestOperator.IsEmpty => $"{path} is {(yes ? string.Empty : "not ")}empty",
            TestOperator.Declared => $"{path} is {(yes ? string.Empty : "not ")}declared",
            TestOperator.OlderThanDays => $"{path} is more than {Operand(wording)} days before the as-of date",
            _ => $"{path} matches the pattern {Operand(wording)}",
        };
    }

    /// <summary>The right-hand side in words: a value (numbers as they are, other values set off), a path, or a threshold with its value when known.</summary>
    private string Operand(Wording wording) => operand switch
    {
        PackOperand.Path other => wording.Code(other.Value.Text),
        PackOperand.Threshold threshold => $"the threshold {wording.Code(threshold.Name)}"
            + (wording.Thresholds.TryGetValue(threshold.Name, out var value) ? $" ({PackValue.Format(value)})" : string.Empty),
        PackOperand.Literal { Value: IReadOnlyList<object?> values } => string.Join(", ", values.Select(v => Value(v, wording))),
        PackOperand.Literal literal => Value(literal.Value, wording),
        _ => throw new InvalidOperationException("Unknown operand."),
    };

    private static string Value(object? value, Wording wording) =>
        value is decimal ? PackValue.Format(value) : wording.Code(PackValue.Format(value));

    public override ConditionResult Evaluate(PackScope scope)
    {
        var path = Field.Absolute(scope.Item);
        var value = Field.Read(scope.Organisation, scope.Item);
        scope.Context.Recorder?.Path(path);
        if (op == TestOperator.Declared)
        {
            // declared is never unknown: it is the one test that reads a missing value.
            return ConditionResult.Of((value is not null) == (bool)((PackOperand.Literal)operand).Value!, path);
        }

        List<UnknownValue>? unknown = null;
        if (value is null)
        {
            (unknown ??= []).Add(UnknownValue.NotDeclared(path));
        }

        object? other;
        switch (operand)
        {
            case PackOperand.Literal literal:
                other = literal.Value;
                break;
            case PackOperand.Path reference:
                other = reference.Value.Read(scope.Organisation, scope.Item);
                scope.Context.Recorder?.Path(reference.Value.Absolute(scope.Item));
                if (other is null)
                {
                    (unknown ??= []).Add(UnknownValue.NotDeclared(reference.Value.Absolute(scope.Item)));
                }

                break;
            case PackOperand.Threshold threshold:
                if (scope.Context.Thresholds.Values.TryGetValue(threshold.Name, out var limit))
                {
                    other = limit;
                    scope.Context.Recorder?.Threshold(threshold.Name, limit);
                }
                else
                {
                    // A built-in threshold whose pack is not loaded: the rule cannot be decided.
                    other = null;
                    (unknown ??= []).Add(new UnknownValue(path, $"threshold {threshold.Name} (no loaded pack declares it)"));
                }

                break;
            default:
                throw new InvalidOperationException("Unknown operand.");
        }

        if (unknown is not null)
        {
            return ConditionResult.NotKnown(unknown);
        }

        var result = Apply(scope, value!, other, out var problem);
        return result is { } decided
            ? ConditionResult.Of(decided, path)
            : ConditionResult.NotKnown([new UnknownValue(path, path + " (" + problem + ")", Undecidable: true)]);
    }

    /// <summary>Applies the test to declared values; <c>null</c> with a <paramref name="problem"/> when an extension value has a type the test cannot read.</summary>
    private bool? Apply(PackScope scope, object value, object? other, out string? problem)
    {
        problem = null;
        bool? result;
        switch (op)
        {
            case TestOperator.Equals or TestOperator.NotEquals:
                // An extension value of another type than the operand (text where a number is expected) is not
                // "not equal": the document's value cannot be compared, so the test is unknown.
                result = PackValue.Same(value, other!) is { } same ? same == (op == TestOperator.Equals) : null;
                if (result is null)
                {
                    problem = $"{PackValue.Describe(value)}, which {Name(op)} cannot compare with {PackValue.Describe(other)}";
                }

                break;
            case TestOperator.In or TestOperator.NotIn:
                result = In(value, (IReadOnlyList<object?>)other!) is { } found ? found == (op == TestOperator.In) : null;
                if (result is null)
                {
                    problem = $"{PackValue.Describe(value)}, which {Name(op)} cannot compare with the listed values";
                }

                break;
            case TestOperator.GreaterThan:
                result = Order(value, other!, order => order > 0);
                break;
            case TestOperator.GreaterThanOrEqual:
                result = Order(value, other!, order => order >= 0);
                break;
            case TestOperator.LessThan:
                result = Order(value, other!, order => order < 0);
                break;
            case TestOperator.LessThanOrEqual:
                result = Order(value, other!, order => order <= 0);
                break;
            case TestOperator.Contains:
                result = value is IEnumerable list and not string and not IDictionary ? In(other!, [.. list.Cast<object?>()]) : null;
                if (result is null && value is IEnumerable and not string and not IDictionary)
                {
                    problem = $"a list of values that contains cannot compare with {PackValue.Describe(other)}";
                }

                break;
            case TestOperator.IsEmpty:
                var empty = value switch
                {
                    string s => s.Length == 0,
                    IDictionary d => d.Count == 0,
                    IEnumerable e => !e.Cast<object?>().Any(),
                    _ => (bool?)null,
                };
                result = empty is { } e2 ? e2 == (bool)other! : null;
                break;
            case TestOperator.OlderThanDays:
                result = PackValue.AsDate(value) is { } date && other is decimal days ? scope.Context.AgeInDays(date) > days : null;
                break;
            case TestOperator.Matches:
                if (value is not string text)
                {
                    result = null;
                    break;
                }

                // Timed per test and in total per document: past the budget, the test is unknown.
                result = PatternBudget.Of(scope.Context).IsMatch(pattern!, text, out problem);
                if (result is null)
                {
                    return null;
                }

                break;
            default:
                throw new InvalidOperationException("Unknown test.");
        }

        if (result is null)
        {
            problem ??= $"{PackValue.Describe(value)}, which {Name(op)} cannot read";
        }

        return result;
    }

    /// <summary>An ordering test on two numbers or two dates; unknown when they cannot be ordered.</summary>
    private static bool? Order(object value, object other, Func<int, bool> holds) =>
        PackValue.Compare(value, other) is { } order ? holds(order) : null;

    /// <summary>
    /// Whether a candidate equals the value; <c>null</c> when the value (or an extension list's items) can be compared
    /// with none of them, being of another type. A list with no candidates holds nothing: false.
    /// </summary>
    private static bool? In(object value, IReadOnlyList<object?> candidates)
    {
        var comparable = candidates.Count == 0;
        foreach (var candidate in candidates)
        {
            if (candidate is not null && PackValue.Same(value, candidate) is { } same)
            {
                if (same)
                {
                    return true;
                }

                comparable = true;
            }
        }

        return comparable ? false : null;
    }

    /// <summary>The operator as YAML spells it.</summary>
    public static string Name(TestOperator op) => FieldCatalog.YamlName(op.ToString());
}

using NormsEngine.Model;

namespace NormsEngine.Packs;

/// <summary>
/// Which tests fit which fields, checked when a pack loads so that a rule never compares what cannot be compared:
/// ordering tests on numbers and dates, <c>contains</c> on lists of values, <c>matches</c> on texts, and so on.
/// </summary>
internal static class TestFit
{
    /// <summary>Whether <paramref name="op"/> can test a field of <paramref name="shape"/>.</summary>
    public static bool Fits(TestOperator op, FieldShape shape) => op switch
    {
        TestOperator.Equals or TestOperator.NotEquals or TestOperator.In or TestOperator.NotIn => shape.Kind is not (ValueKind.Object or ValueKind.List),
        TestOperator.GreaterThan or TestOperator.GreaterThanOrEqual or TestOperator.LessThan or TestOperator.LessThanOrEqual =>
            shape.Kind is ValueKind.Integer or ValueKind.Number or ValueKind.Date,
        TestOperator.Contains => shape.Kind == ValueKind.List && shape.Element!.Kind != ValueKind.Object,
        TestOperator.IsEmpty => shape.Kind is ValueKind.List or ValueKind.Text,
        TestOperator.OlderThanDays => shape.Kind == ValueKind.Date,
        TestOperator.Matches => shape.Kind is ValueKind.Text or ValueKind.Enum,
        _ => true,
    };

    /// <summary>What to use instead, for the message of a test that does not fit (starts with "; "), or nothing.</summary>
    public static string Hint(TestOperator op, FieldShape shape) => op switch
    {
        TestOperator.Contains when shape.Kind != ValueKind.List => "; contains looks for a value in a list, use equals",
        TestOperator.Equals or TestOperator.NotEquals or TestOperator.In or TestOperator.NotIn when shape.Kind == ValueKind.List =>
            "; to look for a value in a list, use contains",
        TestOperator.OlderThanDays => "; olderThanDays is for dates",
        TestOperator.GreaterThan or TestOperator.GreaterThanOrEqual or TestOperator.LessThan or TestOperator.LessThanOrEqual =>
            "; only numbers and dates are ordered",
        _ => string.Empty,
    };

    /// <summary>Whether a field of <paramref name="other"/> can stand where <paramref name="expected"/> is needed (<c>{ path: ... }</c>).</summary>
    public static bool Comparable(FieldShape expected, FieldShape other)
    {
        static bool Numeric(FieldShape s) => s.Kind is ValueKind.Integer or ValueKind.Number;
        return (Numeric(expected) && Numeric(other))
            || (expected.Kind == other.Kind && expected.Kind is not (ValueKind.Object or ValueKind.List or ValueKind.Enum))
            || (expected.Kind == ValueKind.Enum && other.Kind == ValueKind.Enum && expected.ClrType == other.ClrType);
    }
}

namespace NormsEngine.Documents;

/// <summary>
/// The value of a scalar of a known core-schema type (<see cref="CoreSchema.Resolve"/>) as each kind of field reads
/// it; <c>null</c> when the scalar is not of that kind. The binder, the configuration reader and the pack parser all
/// read scalars through these, so that <c>24</c>, <c>!!int 24</c>, <c>"24"</c> and <c>true</c> mean the same in every file.
/// </summary>
internal static class Scalars
{
    /// <summary><c>true</c> or <c>false</c> for a boolean (<c>true</c>, <c>False</c>, <c>!!bool TRUE</c>); quoted <c>"true"</c> is text.</summary>
    public static bool? Boolean(CoreType type, string text) => type == CoreType.Bool ? CoreSchema.IsTrue(text) : null;

    /// <summary>The value of an integer or float, exact as a decimal; <c>null</c> for text, <c>.inf</c>, <c>.nan</c> or beyond decimal.</summary>
    public static decimal? Number(CoreType type, string text) => type is CoreType.Int or CoreType.Float ? CoreSchema.Number(text) : null;

    /// <summary>A number with no fractional part (<c>24</c>, <c>24.0</c>, <c>1e3</c>), as JSON Schema's "integer" reads it.</summary>
    public static decimal? WholeNumber(CoreType type, string text) =>
        Number(type, text) is { } number && number == decimal.Truncate(number) ? number : null;

    /// <summary>A date written as text <c>YYYY-MM-DD</c>.</summary>
    public static DateOnly? Date(CoreType type, string text) => type == CoreType.Str ? IsoDate(text) : null;

    /// <summary>
    /// A scalar as plain data, for values whose type is not known in advance (extension fields, a pack's literal on
    /// one): a boolean, a whole number as <see cref="long"/> (or <see cref="decimal"/> beyond it), a float as
    /// <see cref="decimal"/>, otherwise the text as written (<c>.inf</c>, <c>.nan</c> and numbers beyond decimal
    /// included); <c>null</c> for null.
    /// </summary>
    public static object? Plain(CoreType type, string text) => type switch
    {
        CoreType.Null => null,
        CoreType.Bool => CoreSchema.IsTrue(text),
        CoreType.Int when CoreSchema.Number(text) is { } whole => whole is >= long.MinValue and <= long.MaxValue ? (object)(long)whole : whole,
        CoreType.Float when CoreSchema.Number(text) is { } number => number,
        _ => text,
    };

    /// <summary>A date written <c>YYYY-MM-DD</c> (digits only, a real calendar date), or <c>null</c>; read by hand, as dates are in every document.</summary>
    public static DateOnly? IsoDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return null;
        }

        var year = 0;
        var month = 0;
        var day = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return null;
            }

            if (i < 4)
            {
                year = (year * 10) + digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + digit;
            }
            else
            {
                day = (day * 10) + digit;
            }
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}

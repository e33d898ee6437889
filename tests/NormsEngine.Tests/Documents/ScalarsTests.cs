using NormsEngine.Documents;

namespace NormsEngine.Tests.Documents;

public sealed class ScalarsTests
{
    [Theory]
    [InlineData("2026-02-29")]
    [InlineData("2024-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2026-1-010")]
    [InlineData("2026/01/01")]
    [InlineData("２０２６-01-01")]
    [InlineData("+026-01-01")]
    [InlineData("2026-01-01 ")]
    public void IsoDate_AnyText_AgreesWithTryParseExact(string text)
    {
        var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : (DateOnly?)null;

        Assert.Equal(expected, Scalars.IsoDate(text));
    }

    [Fact]
    public void IsoDate_EveryDayOfFourYears_AgreesWithTryParseExact()
    {
        for (var day = new DateOnly(2023, 1, 1); day < new DateOnly(2027, 1, 1); day = day.AddDays(1))
        {
            var text = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(day, Scalars.IsoDate(text));
        }
    }

    [Theory]
    [InlineData("24", true)]
    [InlineData("!!int 24", true)]
    [InlineData("24.0", true)]
    [InlineData("1e3", true)]
    [InlineData("0x18", true)]
    [InlineData("\"24\"", false)]
    [InlineData("24.5", false)]
    [InlineData(".inf", false)]
    [InlineData("true", false)]
    public void WholeNumber_CoreSchemaScalar_IsANumberWithNoFraction(string yaml, bool whole)
    {
        var scalar = Assert.IsType<YamlScalarNode>(new YamlReader("t.yaml", ReaderLimits.Default).Read("v: " + yaml + "\n")[0].Root is YamlMappingNode m ? m.Entries[0].Value : null);

        var type = CoreSchema.Resolve(scalar)!.Value;

        Assert.Equal(whole, Scalars.WholeNumber(type, scalar.Value) is not null);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("False", false)]
    [InlineData("!!bool TRUE", true)]
    [InlineData("\"true\"", null)]
    [InlineData("yes", null)]
    public void Boolean_CoreSchemaScalar_OnlyCoreBooleans(string yaml, bool? expected)
    {
        var scalar = Assert.IsType<YamlScalarNode>(new YamlReader("t.yaml", ReaderLimits.Default).Read("v: " + yaml + "\n")[0].Root is YamlMappingNode m ? m.Entries[0].Value : null);

        Assert.Equal(expected, Scalars.Boolean(CoreSchema.Resolve(scalar)!.Value, scalar.Value));
    }
}

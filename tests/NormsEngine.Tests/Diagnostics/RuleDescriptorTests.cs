using NormsEngine.Diagnostics;

namespace NormsEngine.Tests.Diagnostics;

public sealed class RuleDescriptorTests
{
    private static readonly RuleDescriptor Rule = RuleDescriptor.Create("TST0101", "T", "Last done on {0}, {1} days ago; next on {2}", "P1", Severity.Error, "d", "r");

    [Fact]
    public void FormatMessage_DateArguments_WrittenAsDocumentsWriteDates()
    {
        DateOnly? missing = null;

        var message = Rule.FormatMessage(new DateOnly(2025, 3, 1), 593, missing);

        Assert.Equal("Last done on 2025-03-01, 593 days ago; next on ", message);
    }

    [Fact]
    public void FormatMessage_DateWithAFormatOfItsOwn_KeepsThatFormat()
    {
        var rule = RuleDescriptor.Create("TST0102", "T", "Due {0:MMMM yyyy}, {1:0.0}%", "P1", Severity.Error, "d", "r");

        Assert.Equal("Due March 2025, 12.5%", rule.FormatMessage(new DateOnly(2025, 3, 1), 12.5m));
    }

    [Fact]
    public void FormatMessage_CallersArray_LeftAsGiven()
    {
        object?[] args = [new DateOnly(2025, 3, 1), 1, "x"];

        _ = Rule.FormatMessage(args);

        Assert.Equal(new DateOnly(2025, 3, 1), args[0]);
    }
}

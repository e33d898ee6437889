using NormsEngine.Diagnostics;

namespace NormsEngine.Tests.Diagnostics;

public sealed class CodeFixesTests
{
    private static TextEdit Edit(int start, int end, string text) => new(null, start, end, 1, start + 1, 1, end + 1, text);

    private static CodeFix Fix(params TextEdit[] edits) => new("fix", "NE0002", edits);

    [Fact]
    public void Apply_EditsInAnyOrder_AppliesEachAtItsPlace()
    {
        var result = CodeFixes.Apply("abc def ghi", [Fix(Edit(8, 11, "GHI")), Fix(Edit(0, 3, "A"))]);

        Assert.Equal("A def GHI", result);
    }

    [Fact]
    public void Apply_OverlappingFixes_KeepsTheFirstAndDropsTheLaterWhole()
    {
        var first = Fix(Edit(0, 3, "X"));
        var second = Fix(Edit(4, 7, "Y"), Edit(2, 3, "Z")); // its second edit overlaps the first fix: dropped whole

        Assert.Equal("X def", CodeFixes.Apply("abc def", [first, second]));
        Assert.Equal([first], CodeFixes.Compatible([first, second], 7));
        Assert.Equal("abZ Y", CodeFixes.Apply("abc def", [second, first]));
    }

    [Fact]
    public void Apply_InsertionsAtOnePlace_WrittenInFixOrderBeforeAReplacementThere()
    {
        var result = CodeFixes.Apply("abc", [Fix(Edit(0, 3, "X")), Fix(Edit(0, 0, "1")), Fix(Edit(0, 0, "2"))]);

        Assert.Equal("12X", result);
    }

    [Fact]
    public void Apply_FixWhoseOwnEditsOverlap_IsNotApplied()
    {
        Assert.Equal("abc", CodeFixes.Apply("abc", [Fix(Edit(0, 2, "X"), Edit(1, 3, "Y"))]));
    }

    [Fact]
    public void Apply_SameFixTwice_AppliesItOnce()
    {
        Assert.Equal("Xbc", CodeFixes.Apply("abc", [Fix(Edit(0, 1, "X")), Fix(Edit(0, 1, "X"))]));
    }

    [Fact]
    public void Apply_EditBeyondTheText_IsNotApplied()
    {
        Assert.Equal("abc", CodeFixes.Apply("abc", [Fix(Edit(2, 9, "X"))]));
        Assert.Equal("abc", CodeFixes.Apply("abc", [Fix(Edit(2, 1, "X"))]));
    }

    [Fact]
    public void Apply_TextWithByteOrderMark_KeepsItAndCountsOffsetsAfterIt()
    {
        Assert.Equal("\uFEFFaXc", CodeFixes.Apply("\uFEFFabc", [Fix(Edit(1, 2, "X"))]));
    }
}

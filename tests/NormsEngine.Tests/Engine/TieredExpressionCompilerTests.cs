using System.Linq.Expressions;
using NormsEngine.Engine;
using NormsEngine.ParisCall;

namespace NormsEngine.Tests.Engine;

/// <summary>NRules' expressions run interpreted first, then compiled, with the same results in both tiers.</summary>
public sealed class TieredExpressionCompilerTests
{
    private static readonly TieredExpressionCompiler Compiler = new();

    [Fact]
    public void Compile_CalledPastTheThreshold_SwitchesToCompiledWithTheSameResults()
    {
        var twice = Compiler.Compile<Func<int, int>>(x => x * 2);
        var tier = Assert.IsAssignableFrom<TieredExpressionCompiler.Tier<Func<int, int>>>(twice.Target);

        for (var i = 0; i < TieredExpressionCompiler.DefaultInterpretedCalls; i++)
        {
            Assert.Equal(2 * i, twice(i));
        }

        Assert.False(tier.IsCompiled);
        Assert.Equal(42, twice(21));
        Assert.True(tier.IsCompiled);
        Assert.Equal(-8, twice(-4));
    }

    [Fact]
    public void Compile_NRulesShapes_EachTieredAndCorrect()
    {
        var calls = new List<string>();
        Expression<Func<string, int, string>> repeat = (s, n) => string.Concat(Enumerable.Repeat(s, n));
        Expression<Action<List<string>, string>> add = (list, s) => list.Add(s);
        Expression<Action<List<string>, string, int, bool>> addAll = (list, s, n, upper) => list.Add(upper ? (s + n).ToUpperInvariant() : s + n);
        var repeatNow = Compiler.Compile(repeat);
        var addNow = Compiler.Compile(add);
        var addAllNow = Compiler.Compile(addAll);

        for (var i = 0; i < TieredExpressionCompiler.DefaultInterpretedCalls + 3; i++)
        {
            Assert.Equal("abab", repeatNow("ab", 2));
            addNow(calls, "x");
            addAllNow(calls, "y", i, i % 2 == 0);
        }

        Assert.All(new Delegate[] { repeatNow, addNow, addAllNow }, d => Assert.Contains("Tier", d.Target!.GetType().Name, StringComparison.Ordinal));
        Assert.Equal(2 * (TieredExpressionCompiler.DefaultInterpretedCalls + 3), calls.Count);
        Assert.Equal(["x", "Y0", "x", "y1"], calls.Take(4));
        Assert.Equal("y17", calls[^1]);
    }

    [Fact]
    public void Compile_OtherShape_CompiledAtOnce()
    {
        var answer = Compiler.Compile<Func<int>>(() => 42);

        Assert.Equal(42, answer());
        Assert.IsNotAssignableFrom<TieredExpressionCompiler.Tier<Func<int>>>(answer.Target);
    }

    [Fact]
    public void Compile_ExpressionThatThrows_ThrowsTheSameExceptionInBothTiers()
    {
        var check = Compiler.Compile<Func<int, int>>(x => Fail(x));

        for (var i = 0; i < TieredExpressionCompiler.DefaultInterpretedCalls + 3; i++)
        {
            var thrown = Assert.Throws<InvalidOperationException>(() => check(i));
            Assert.Equal($"rule failed on {i}", thrown.Message);
        }
    }

    [Fact]
    public void Compile_CalledPastTheThreshold_RunsTheCompiledDelegate()
    {
        var probe = Compiler.Compile<Func<int, bool>>(x => RunsInTheInterpreter(x));

        var tiers = Enumerable.Range(0, TieredExpressionCompiler.DefaultInterpretedCalls + 3).Select(probe).ToArray();

        Assert.All(tiers[..TieredExpressionCompiler.DefaultInterpretedCalls], Assert.True);
        Assert.All(tiers[TieredExpressionCompiler.DefaultInterpretedCalls..], Assert.False);
    }

    [Fact]
    public void Compile_NeverPastTheThreshold_StaysInterpreted()
    {
        var probe = new TieredExpressionCompiler(int.MaxValue).Compile<Func<int, bool>>(x => RunsInTheInterpreter(x));

        Assert.All(Enumerable.Range(0, 100).Select(probe), Assert.True);
    }

    [Fact]
    public void EvaluateYaml_ParisCallInterpretedOrCompiled_SameReports()
    {
        // The pack's 75 expressions only interpreted, compiled from their first call, and tiered as the engine runs them.
        var options = new EvaluationOptions { AsOf = new DateOnly(2026, 10, 15) };
        var samples = NormsEvaluatorAsyncTests.Samples().Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).ToArray();
        string[] Reports(NormsEvaluator evaluator) =>
            [.. Enumerable.Range(0, 3).SelectMany(_ => samples.Select(s => NormsEvaluatorAsyncTests.Json(evaluator.EvaluateYaml(s.Text, s.Name, options))))];

        var interpreted = Reports(new NormsEvaluator([new ParisCallPack()]) { Expressions = new TieredExpressionCompiler(int.MaxValue) });
        var compiled = Reports(new NormsEvaluator([new ParisCallPack()]) { Expressions = new TieredExpressionCompiler(0) });
        var tiered = Reports(new NormsEvaluator([new ParisCallPack()]));

        Assert.Equal(interpreted, compiled);
        Assert.Equal(interpreted, tiered);
        Assert.Contains("\"findings\"", interpreted[0], StringComparison.Ordinal);
    }

    /// <summary>Whether the System.Linq.Expressions interpreter is on the stack of this call.</summary>
    private static bool RunsInTheInterpreter(int x) =>
        x >= 0 && new System.Diagnostics.StackTrace().GetFrames().Any(f => f.GetMethod()?.DeclaringType?.Namespace == "System.Linq.Expressions.Interpreter");

    private static int Fail(int x) => throw new InvalidOperationException($"rule failed on {x}");
}

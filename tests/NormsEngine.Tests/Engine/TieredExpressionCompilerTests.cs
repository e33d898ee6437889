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

        for (var i = 0; i < TieredExpressionCompiler.CompileAfter - 1; i++)
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

        for (var i = 0; i < TieredExpressionCompiler.CompileAfter + 2; i++)
        {
            Assert.Equal("abab", repeatNow("ab", 2));
            addNow(calls, "x");
            addAllNow(calls, "y", i, i % 2 == 0);
        }

        Assert.All(new Delegate[] { repeatNow, addNow, addAllNow }, d => Assert.Contains("Tier", d.Target!.GetType().Name, StringComparison.Ordinal));
        Assert.Equal(2 * (TieredExpressionCompiler.CompileAfter + 2), calls.Count);
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

        for (var i = 0; i < TieredExpressionCompiler.CompileAfter + 2; i++)
        {
            var thrown = Assert.Throws<InvalidOperationException>(() => check(i));
            Assert.Equal($"rule failed on {i}", thrown.Message);
        }
    }

    [Fact]
    public void EvaluateYaml_ParisCallPastTheThreshold_SameReportsAsInterpreted()
    {
        // A new evaluator: its first evaluations run NRules' expressions interpreted, later ones compiled.
        var evaluator = new NormsEvaluator([new ParisCallPack()]);
        var options = new EvaluationOptions { AsOf = new DateOnly(2026, 10, 15) };
        var samples = NormsEvaluatorAsyncTests.Samples().Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).ToArray();
        var interpreted = samples.Select(s => NormsEvaluatorAsyncTests.Json(evaluator.EvaluateYaml(s.Text, s.Name, options))).ToArray();

        for (var i = 0; i < TieredExpressionCompiler.CompileAfter; i++)
        {
            foreach (var (name, text) in samples)
            {
                evaluator.EvaluateYaml(text, name, options);
            }
        }

        var compiled = samples.Select(s => NormsEvaluatorAsyncTests.Json(evaluator.EvaluateYaml(s.Text, s.Name, options))).ToArray();
        Assert.Equal(interpreted, compiled);
        Assert.Contains("\"findings\"", interpreted[0], StringComparison.Ordinal);
    }

    private static int Fail(int x) => throw new InvalidOperationException($"rule failed on {x}");
}

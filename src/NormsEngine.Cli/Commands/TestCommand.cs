using System.CommandLine;
using NormsEngine.Cli.Inputs;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Testing;

namespace NormsEngine.Cli.Commands;

/// <summary>
/// <c>norms test PACK [FIXTURES]</c>: runs a pack's fixtures (a folder of them, or one file), practices documents annotated with
/// <c># expect: ID</c>, <c># expect-not: ID</c> and <c># expect-verdict: P1 notSatisfied</c>, against that pack alone.
/// </summary>
internal static class TestCommand
{
    /// <summary>The folder next to the pack file that holds its fixtures by default.</summary>
    public const string DefaultFixtures = "fixtures";

    public static Command Create(Terminal terminal)
    {
        var pack = new Argument<string>("pack")
        {
            Description = "The pack under test: a YAML pack file or a pack assembly (.dll).",
        };
        var fixtures = new Argument<string?>("fixtures")
        {
            Description = $"A fixture file, or a folder of fixtures (every *.yaml below it); default: the {DefaultFixtures}/ folder next to the pack.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var packs = RunOptions.PackOption("A pack whose thresholds the pack under test may name (its rules are not run). Repeat it for several.");
        var command = new DocumentedCommand(
            "test",
            "Run a pack's fixtures: annotated documents that say which findings and verdicts the pack must give.",
            "norms test packs/contoso.nis2.yaml",
            "norms test contoso.nis2.yaml tests/fixtures",
            "norms test contoso.nis2.yaml tests/fixtures/late-warning.yaml",
            "norms test Contoso.Norms.dll fixtures")
        {
            Notes = "Annotations: '# expect: ID' (a finding of ID on this line, or the next when the comment stands alone), '# expect-not: ID' (none there), "
                + "'# expect-verdict: P1 notSatisfied' (anywhere). Every finding no annotation expects fails too. Only the pack under test runs, with all its rules on.\n"
                + "Exit codes: 0 every expectation holds, 1 some fixture fails, 2 the pack or the fixtures cannot be used.",
        };
        command.Arguments.Add(pack);
        command.Arguments.Add(fixtures);
        command.Options.Add(packs);
        command.SetAction(parse => Run(parse.GetValue(pack)!, parse.GetValue(fixtures), parse.GetValue(packs) ?? [], terminal));
        return command;
    }

    private static int Run(string pack, string? fixtures, IReadOnlyList<string> supporting, Terminal terminal)
    {
        var error = terminal.Error;
        if (Composition.KindOf(pack) == PackKind.BuiltIn)
        {
            error.WriteLine($"norms: '{pack}' is a built-in pack; 'norms test' runs the fixtures of a YAML pack file or a pack assembly.");
            return ExitCodes.ToolFailure;
        }

        var currentDirectory = Directory.GetCurrentDirectory();
        var target = fixtures ?? Path.Combine(Path.GetDirectoryName(pack) ?? string.Empty, DefaultFixtures);
        var display = InputExpansion.DisplayPath(Path.GetFullPath(target), currentDirectory);
        if (Composition.Load(supporting, [], error) is not { } others
            || Composition.Load([pack], Composition.BuiltInThresholds.Keys.Concat(others.SelectMany(p => p.Thresholds.Keys)), error) is not { } underTest
            || Composition.Compile(underTest, error) is not { } evaluator)
        {
            return ExitCodes.ToolFailure;
        }

        var isFile = File.Exists(target);
        if (!isFile && !Directory.Exists(target))
        {
            error.WriteLine(fixtures is null
                ? $"norms: the fixtures folder '{display}' does not exist; give FIXTURES (a fixture file or folder), or put the fixtures in {DefaultFixtures}/ next to the pack."
                : $"norms: {DocumentSource.FromFile(Path.GetFullPath(target), display).DescribeMissing() ?? MessageText.Line(display)}; give a fixture file or a folder of fixtures.");
            return ExitCodes.ToolFailure;
        }

        if (!isFile && !Directory.EnumerateFiles(target, "*.yaml", SearchOption.AllDirectories).Any())
        {
            error.WriteLine($"norms: the fixtures folder '{display}' has no *.yaml fixture.");
            return ExitCodes.ToolFailure;
        }

        // Every rule of the pack runs, even one that is off by default; thresholds that only other packs declare take
        // their defaults, as they would with those packs loaded.
        var own = underTest.SelectMany(p => p.Thresholds.Keys).ToHashSet(StringComparer.Ordinal);
        var options = new EvaluationOptions
        {
            Severities = evaluator.Descriptors
                .Where(d => !d.IsEnabledByDefault)
                .ToDictionary(d => d.Id, d => d.DefaultSeverity, StringComparer.Ordinal),
            Thresholds = Composition.BuiltInThresholds
                .Concat(others.SelectMany(p => p.Thresholds))
                .Where(t => !own.Contains(t.Key))
                .DistinctBy(t => t.Key, StringComparer.Ordinal)
                .ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal),
        };
        IReadOnlyList<FixtureResult> results;
        try
        {
            results = isFile ? [PackFixture.Run(display, evaluator, options)] : PackFixture.RunFolder(display, evaluator, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"norms: cannot read the fixtures: {ex.Message}");
            return ExitCodes.ToolFailure;
        }

        var output = terminal.Output;
        foreach (var result in results)
        {
            var file = result.File.Replace('\\', '/');
            foreach (var failure in result.Failures)
            {
                output.WriteLine($"{file}:{failure.Line}: {failure.Message}");
            }

            output.WriteLine(result.Passed
                ? $"PASS {file} ({Count(result.Expectations, "expectation")})"
                : $"FAIL {file} ({Count(result.Failures.Count, "failure")})");
        }

        var failed = results.Count(r => !r.Passed);
        output.WriteLine();
        output.WriteLine($"{Count(results.Count, "fixture")}: {results.Count - failed} passed, {failed} failed; "
            + $"{Count(results.Sum(r => r.Expectations), "expectation")}, {Count(results.Sum(r => r.Failures.Count), "failure")}.");
        return failed > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}

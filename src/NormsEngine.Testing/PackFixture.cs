using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.Rules;

namespace NormsEngine.Testing;

/// <summary>
/// Runs a fixture, a practices document annotated in the style of Semgrep's rule tests, against rule packs:
/// <c># expect: ID</c> means a finding of that rule on that line (the comment's own line when it follows a value,
/// the next line when it stands alone); <c># expect-not: ID</c> means none there; <c># expect-verdict: P1 notSatisfied</c>
/// anywhere checks a principle's verdict (any of satisfied, partiallySatisfied, notSatisfied, undetermined,
/// notApplicable and notAssessed, the last for a principle the options turn off). Every finding that no annotation
/// expects is a failure too.
/// </summary>
public static partial class PackFixture
{
    /// <summary>Runs one fixture file against <paramref name="packs"/> (evaluate only the packs under test).</summary>
    /// <param name="fixture">The fixture's path.</param>
    /// <param name="packs">The packs under test.</param>
    /// <returns>The result; call <see cref="FixtureResult.AssertExpectations"/> in a test.</returns>
    public static FixtureResult Run(string fixture, params IRulePack[] packs) =>
        Run(fixture, new NormsEvaluator(packs), options: null);

    /// <summary>Runs one fixture file with an evaluator (reuse one evaluator for many fixtures).</summary>
    /// <param name="fixture">The fixture's path.</param>
    /// <param name="evaluator">The evaluator over the packs under test.</param>
    /// <param name="options">Evaluation options, or <c>null</c>.</param>
    /// <returns>The result.</returns>
    public static FixtureResult Run(string fixture, INormsEvaluator evaluator, EvaluationOptions? options)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        var documents = new DocumentLoader().LoadFile(fixture);
        var report = evaluator.EvaluateAll(documents, options);
        var failures = new List<FixtureFailure>();
        var expectations = 0;
        var known = evaluator.Descriptors.Select(d => d.Id).Concat(EngineDiagnostics.All.Select(d => d.Id)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            expectations += Check(fixture, documents[i], report.Documents[i], known, failures);
        }

        foreach (var finding in report.RunFindings)
        {
            failures.Add(new FixtureFailure(fixture, finding.Location.Line, $"unexpected {finding.RuleId}: {finding.Message}"));
        }

        failures.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new FixtureResult(fixture, report, expectations, failures);
    }

    /// <summary>Runs every <c>*.yaml</c> fixture under a folder (recursively, in ordinal order).</summary>
    /// <param name="folder">The fixtures folder.</param>
    /// <param name="evaluator">The evaluator over the packs under test.</param>
    /// <param name="options">Evaluation options, or <c>null</c>.</param>
    /// <returns>One result per fixture.</returns>
    public static IReadOnlyList<FixtureResult> RunFolder(string folder, INormsEvaluator evaluator, EvaluationOptions? options = null) =>
        [.. Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => Run(file, evaluator, options))];

    private static int Check(string file, PracticesDocument document, DocumentReport report, HashSet<string> known, List<FixtureFailure> failures)
    {
        var expected = new List<(int Line, string Id)>();
        var count = 0;
        foreach (var comment in document.Comments)
        {
            var match = Annotation().Match(comment.Text);
            if (!match.Success)
            {
                continue;
            }

            count++;
            var kind = match.Groups["kind"].Value;
            var argument = match.Groups["argument"].Value.Trim();
            var line = comment.IsInline ? comment.Line : comment.Line + 1;
            switch (kind)
            {
                case "expect":
                    foreach (var id in Ids(argument, known, file, comment.Line, failures))
                    {
                        expected.Add((line, id));
                        if (!report.Findings.Any(f => f.RuleId == id && f.Location.Line == line))
                        {
                            failures.Add(new FixtureFailure(file, line, $"expected a finding of {id} on this line; {Found(report, line)}"));
                        }
                    }

                    break;
                case "expect-not":
                    foreach (var id in Ids(argument, known, file, comment.Line, failures))
                    {
                        expected.Add((line, id));
                        if (report.Findings.FirstOrDefault(f => f.RuleId == id && f.Location.Line == line) is { } unwanted)
                        {
                            failures.Add(new FixtureFailure(file, line, $"expected no finding of {id} on this line; found: {unwanted.Message}"));
                        }
                    }

                    break;
                default:
                    var parts = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var principle = parts.Length == 2 ? report.Principles.FirstOrDefault(p => p.Principle.Id == parts[0]) : null;
                    if (principle is null)
                    {
                        failures.Add(new FixtureFailure(file, comment.Line, $"expect-verdict needs a principle and a verdict, like 'P1 notSatisfied'; found '{argument}'"));
                    }
                    else if (!Enum.GetValues<Verdict>().Any(v => VerdictName(v) == parts[1]))
                    {
                        failures.Add(new FixtureFailure(file, comment.Line, $"'{parts[1]}' is not a verdict; verdicts are {string.Join(", ", Enum.GetValues<Verdict>().Select(VerdictName))}"));
                    }
                    else if (!string.Equals(VerdictName(principle.Verdict), parts[1], StringComparison.Ordinal))
                    {
                        failures.Add(new FixtureFailure(file, comment.Line, $"expected {parts[0]} {parts[1]}; the verdict is {VerdictName(principle.Verdict)}"));
                    }

                    break;
            }
        }

        foreach (var finding in report.Findings)
        {
            if (!expected.Any(e => e.Id == finding.RuleId && e.Line == finding.Location.Line))
            {
                failures.Add(new FixtureFailure(file, finding.Location.Line, $"unexpected {finding.RuleId}: {finding.Message} (annotate it with '# expect: {finding.RuleId}' if it is intended)"));
            }
        }

        return count;
    }

    /// <summary>The rule IDs of an annotation; anything else (a typo, a remark after the ID) is a failure, so that no annotation passes by never matching.</summary>
    private static List<string> Ids(string argument, HashSet<string> known, string file, int line, List<FixtureFailure> failures)
    {
        var ids = new List<string>();
        foreach (var token in argument.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!RuleDescriptor.IsValidId(token))
            {
                failures.Add(new FixtureFailure(file, line, $"'{token}' is not a rule ID; an annotation lists IDs only, like '# expect: PC0702, NE0201' (put remarks in a comment of their own)"));
            }
            else if (!known.Contains(token))
            {
                failures.Add(new FixtureFailure(file, line, $"{token} names no loaded rule; check the ID or the packs under test"));
            }
            else
            {
                ids.Add(token);
            }
        }

        return ids;
    }

    private static string Found(DocumentReport report, int line)
    {
        var here = report.Findings.Where(f => f.Location.Line == line).Select(f => f.RuleId).ToArray();
        return here.Length == 0 ? "found none" : "found " + string.Join(", ", here);
    }

    private static string VerdictName(Verdict verdict)
    {
        var name = verdict.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    [GeneratedRegex(@"^(?<kind>expect-verdict|expect-not|expect)\s*:\s*(?<argument>.*)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Annotation();
}

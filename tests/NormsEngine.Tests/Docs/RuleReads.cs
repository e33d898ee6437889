using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.Tests.Docs;

/// <summary>Which rules read one field: those it decides the scope of, those that check it, and those that report it missing.</summary>
internal sealed class FieldReads
{
    /// <summary>Rules that apply or not depending on this field.</summary>
    public SortedSet<string> Applies { get; } = new(StringComparer.Ordinal);

    /// <summary>Rules whose result, message or reported paths depend on this field, or that name it in an outcome.</summary>
    public SortedSet<string> Checks { get; } = new(StringComparer.Ordinal);

    /// <summary>Rules that report NE0201 naming this field when it is not declared.</summary>
    public SortedSet<string> ReportMissing { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// Which fields each rule of a pack reads, found from the rules' behaviour rather than written by hand: the pack is
/// evaluated over probe documents (nothing declared; every role switch on; every field declared high, low or with
/// dates to come; each with role switches on and off), and from each probe every field is changed alone through the
/// values that field can take. A rule reads the field when its outcome changes (whether it applies, its result, its
/// message or the paths it names); the paths its outcomes name (failed, passed, and the missing paths of NE0201) count too.
/// Deterministic: fixed values, a fixed as-of date and clock, and sorted results.
/// </summary>
internal sealed partial class RuleReads
{
    private readonly Dictionary<string, FieldReads> _byPath = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _unknownPaths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _outcomes = new(StringComparer.Ordinal);
    private readonly IRulePack _pack;
    private readonly NormsEvaluator _evaluator;
    private readonly EvaluationOptions _options;
    private readonly DocumentLoader _loader = new();
    private readonly HashSet<string> _ruleIds;

    private RuleReads(IRulePack pack)
    {
        _pack = pack;
        _ruleIds = pack.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        _evaluator = new NormsEvaluator([pack], new FixedClock(ProbeValues.AsOf));

        // Every rule on, whatever its default: a rule that is off by default still reads its fields when turned on.
        _options = new EvaluationOptions { Severities = pack.Descriptors.ToDictionary(d => d.Id, _ => Severity.Warning, StringComparer.Ordinal) };
    }

    /// <summary>The pack's rules, by ID.</summary>
    public IReadOnlyList<RuleDescriptor> Rules => [.. _pack.Descriptors.OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>What reads each field, by path with list items written <c>[]</c>; fields no rule reads are absent.</summary>
    public IReadOnlyDictionary<string, FieldReads> ByPath => _byPath;

    /// <summary>Paths that outcomes named but the model does not know (a probe or a rule is wrong when this is not empty).</summary>
    public IReadOnlyCollection<string> UnknownPaths => _unknownPaths;

    /// <summary>How many distinct documents the probes evaluated.</summary>
    public int DocumentCount => _outcomes.Count;

    /// <summary>Probes <paramref name="pack"/>.</summary>
    public static RuleReads Probe(IRulePack pack)
    {
        var reads = new RuleReads(pack);
        reads.Run();
        return reads;
    }

    /// <summary>A path with its list indexes removed: <c>supplyChain.suppliers[2].name</c> becomes <c>supplyChain.suppliers[].name</c>.</summary>
    public static string Normalise(string path) => ListIndex().Replace(path, "[]");

    private static IEnumerable<ProbeDocument> Bases()
    {
        var assessed = ProbeDocument.Empty.With("metadata.assessedOn", ProbeValues.Date(ProbeValues.AsOf));
        yield return assessed;
        yield return Fill(assessed, roles: ProbeLevel.High, others: null);
        foreach (var others in new[] { ProbeLevel.High, ProbeLevel.Low, ProbeLevel.Future })
        {
            foreach (var roles in new[] { ProbeLevel.High, ProbeLevel.Low })
            {
                yield return Fill(assessed, roles, others);
            }
        }

        static ProbeDocument Fill(ProbeDocument start, ProbeLevel roles, ProbeLevel? others)
        {
            var probe = start;
            foreach (var (path, field) in ProbeValues.Leaves())
            {
                var level = path.StartsWith("roles.", StringComparison.Ordinal) ? roles : others;
                if (path != "metadata.assessedOn" && level is { } l && ProbeValues.Level(field.Shape, l) is { } value)
                {
                    probe = probe.With(path, value);
                }
            }

            return probe;
        }
    }

    private void Run()
    {
        var leaves = ProbeValues.Leaves().ToList();
        foreach (var start in Bases())
        {
            foreach (var (path, field) in leaves)
            {
                var baseline = WithItems(start, path);
                var before = Outcomes(baseline);
                var values = new List<string?>(ProbeValues.Candidates(field.Shape));
                if (!field.Required)
                {
                    values.Add(null); // not declared, which a required field cannot be
                }

                foreach (var value in values)
                {
                    var after = Outcomes(baseline.With(path, value));
                    foreach (var rule in _ruleIds)
                    {
                        var was = before.GetValueOrDefault(rule, string.Empty);
                        var now = after.GetValueOrDefault(rule, string.Empty);
                        if (was == now)
                        {
                            continue;
                        }

                        var reads = Reads(Normalise(path));
                        (was.Length == 0 || now.Length == 0 ? reads.Applies : reads.Checks).Add(rule);
                    }
                }
            }
        }
    }

    /// <summary>The probe with the list items on <paramref name="path"/> declared (with their required fields), so that changing a field of an item compares like with like.</summary>
    private static ProbeDocument WithItems(ProbeDocument probe, string path)
    {
        for (var end = path.IndexOf("[0]", StringComparison.Ordinal); end >= 0; end = path.IndexOf("[0]", end + 3, StringComparison.Ordinal))
        {
            var item = path[..(end + 3)];
            if (probe.Declares(item))
            {
                continue;
            }

            var shape = FieldCatalog.Find(item[..^3])!.Shape.Element!;
            var required = shape.Fields.FirstOrDefault(f => f.Required)
                ?? throw new InvalidOperationException($"The items of {item[..^3]} have no required field; the probes cannot declare an item alone.");
            probe = probe.With(item + "." + required.Name, ProbeValues.Level(required.Shape, ProbeLevel.High));
        }

        return probe;
    }

    /// <summary>Each rule's outcomes on a probe, as one comparable text per rule (absent: the rule does not apply).</summary>
    private IReadOnlyDictionary<string, string> Outcomes(ProbeDocument probe)
    {
        var yaml = probe.ToYaml();
        if (_outcomes.TryGetValue(yaml, out var known))
        {
            return known;
        }

        var document = _loader.Load(yaml, "probe.yaml").Single();
        if (document.Findings.FirstOrDefault(f => f.Severity == Severity.Error) is { } invalid)
        {
            throw new InvalidOperationException($"A probe document is invalid ({invalid}); the probe values do not fit the model:\n{yaml}");
        }

        var report = _evaluator.Evaluate(document, _options);
        var lines = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string rule, string line) => (lines.TryGetValue(rule, out var list) ? list : lines[rule] = []).Add(line);
        foreach (var finding in report.Findings)
        {
            if (finding.RuleId == EngineDiagnostics.InsufficientData.Id)
            {
                var (rule, missing) = ParseInsufficient(finding.Message);
                Add(rule, "insufficient " + string.Join(", ", missing));
                foreach (var path in missing)
                {
                    Named(rule, path).ReportMissing.Add(rule);
                }
            }
            else if (_ruleIds.Contains(finding.RuleId))
            {
                Add(finding.RuleId, $"failed {finding.Location.Path}: {finding.Message}");
                Named(finding.RuleId, finding.Location.Path);
            }
        }

        foreach (var passed in report.Passed)
        {
            Add(passed.RuleId, "passed " + passed.Path);
            Named(passed.RuleId, passed.Path);
        }

        var outcomes = lines.ToDictionary(l => l.Key, l => string.Join("\n", l.Value.Order(StringComparer.Ordinal)), StringComparer.Ordinal);
        _outcomes[yaml] = outcomes;
        return outcomes;
    }

    /// <summary>Records that <paramref name="rule"/> named <paramref name="path"/> in an outcome; returns the field's reads.</summary>
    private FieldReads Named(string rule, string path)
    {
        var normalised = Normalise(path);
        if (normalised.EndsWith("[]", StringComparison.Ordinal))
        {
            normalised = normalised[..^2]; // an outcome about a whole item is about the list's field
        }

        if (FieldCatalog.Find(normalised) is null)
        {
            _unknownPaths.Add($"{rule}: {path}");
            return new FieldReads();
        }

        var reads = Reads(normalised);
        reads.Checks.Add(rule);
        return reads;
    }

    private FieldReads Reads(string path) => _byPath.TryGetValue(path, out var reads) ? reads : _byPath[path] = new FieldReads();

    /// <summary>The rule and paths of an NE0201 message, read with the descriptor's own format (<c>{0}</c> the rule, <c>{1}</c> the paths).</summary>
    private (string Rule, string[] Paths) ParseInsufficient(string message)
    {
        var format = EngineDiagnostics.InsufficientData.MessageFormat;
        var rule = format.IndexOf("{0}", StringComparison.Ordinal);
        var paths = format.IndexOf("{1}", StringComparison.Ordinal);
        if (rule < 0 || paths < rule)
        {
            throw new InvalidOperationException($"NE0201's message format '{format}' no longer names the rule before the paths; update {nameof(RuleReads)}.");
        }

        var prefix = format[..rule];
        var middle = format[(rule + 3)..paths];
        var suffix = format[(paths + 3)..];
        var split = message.IndexOf(middle, prefix.Length, StringComparison.Ordinal);
        if (!message.StartsWith(prefix, StringComparison.Ordinal) || !message.EndsWith(suffix, StringComparison.Ordinal) || split < 0
            || !_ruleIds.Contains(message[prefix.Length..split]))
        {
            throw new InvalidOperationException($"Cannot read the rule and paths from the NE0201 message '{message}' (format '{format}').");
        }

        var list = message[(split + middle.Length)..(message.Length - suffix.Length)];
        return (message[prefix.Length..split], list.Split(", ", StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex ListIndex();

    /// <summary>A clock stopped at the probes' as-of date, so that nothing depends on the day the generator runs.</summary>
    private sealed class FixedClock(DateOnly date) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}

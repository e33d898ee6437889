using System.Globalization;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Model;
using NormsEngine.Packs;
using NormsEngine.Rules;

namespace NormsEngine.Engine;

/// <summary>
/// The explanations of one evaluated document (<see cref="EvaluationOptions.Explain"/>): for every outcome, what the
/// rule read (recorded by <see cref="OutcomeRecorder"/> while it ran) turned into evidence with lines and sources; for
/// every rule that gave no outcome, why it did not apply (its scope, or the configuration that turned it off). Runs
/// after the session, only when explaining.
/// </summary>
internal sealed class Explainer
{
    private readonly CompiledRules _rules;
    private readonly Organisation _organisation;
    private readonly EvaluationOptions _options;
    private readonly FindingPolicy _policy;
    private readonly IReadOnlyDictionary<string, decimal> _engineThresholds;
    private readonly Thresholds _thresholds;
    private readonly DateOnly _asOf;
    private readonly AsOfEvidence _asOfEvidence;
    private readonly EvidenceReader _reader;
    private readonly Dictionary<string, ScopeEvidence?> _scopes = new(StringComparer.Ordinal);

    public Explainer(
        CompiledRules rules,
        PracticesDocument document,
        Organisation organisation,
        EvaluationOptions options,
        FindingPolicy policy,
        IReadOnlyDictionary<string, decimal> engineThresholds,
        Thresholds thresholds,
        DateOnly asOf,
        AsOfSource source)
    {
        _rules = rules;
        _organisation = organisation;
        _options = options;
        _policy = policy;
        _engineThresholds = engineThresholds;
        _thresholds = thresholds;
        _asOf = asOf;
        _reader = new EvidenceReader(document, organisation);
        _asOfEvidence = new AsOfEvidence(asOf, source, source == AsOfSource.Document ? document.SourceMap.Find("metadata.assessedOn")?.Line ?? 0 : 0);
    }

    /// <summary>One explanation per outcome and per rule without one, ordered by rule ID then target.</summary>
    public IReadOnlyList<Explanation> Explain(IReadOnlyList<RuleOutcome> outcomes)
    {
        var explanations = new List<Explanation>(_rules.Descriptors.Count + outcomes.Count);
        var explained = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            var severity = _policy.SeverityOf(outcome.Descriptor);
            if (severity == Severity.None)
            {
                continue;
            }

            explained.Add(outcome.Descriptor.Id);
            explanations.Add(Outcome(outcome, severity));
        }

        foreach (var descriptor in _rules.Descriptors)
        {
            if (!explained.Contains(descriptor.Id))
            {
                explanations.Add(NotApplicable(descriptor));
            }
        }

        explanations.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.RuleId, b.RuleId);
            return c != 0 ? c : string.CompareOrdinal(a.Target, b.Target);
        });
        return explanations;
    }

    private Explanation Outcome(RuleOutcome outcome, Severity severity)
    {
        var descriptor = outcome.Descriptor;
        var target = EvidenceReader.TargetOf(outcome.Path);
        var reads = outcome.Reads!;
        var values = new List<ValueEvidence>(reads.Paths.Count);
        foreach (var path in reads.Paths)
        {
            if (path != target && path.Length > 0)
            {
                values.Add(_reader.Read(path, reads.UsedAsOf ? _asOf : null));
            }
        }

        var thresholds = reads.Thresholds.Select(t => Source(t.Key, t.Value)).ToArray();
        return new Explanation
        {
            RuleId = descriptor.Id,
            Title = descriptor.Title,
            Principle = descriptor.Principle,
            Outcome = outcome.Outcome,
            Severity = severity,
            Target = target,
            Scope = ScopeOf(descriptor, target),
            Values = values,
            Thresholds = thresholds,
            AsOf = reads.UsedAsOf ? _asOfEvidence : null,
            Reason = outcome.Outcome switch
            {
                Diagnostics.Outcome.Failed => outcome.Message,
                Diagnostics.Outcome.Passed => PassReason(descriptor, values, thresholds),
                _ => "not declared: " + string.Join(", ", outcome.MissingPaths),
            },
            Comparisons = Comparisons(values, thresholds),
            Questions = outcome.Outcome == Diagnostics.Outcome.InsufficientData
                ? [.. outcome.MissingPaths.Select(EvidenceReader.Question)]
                : [],
        };
    }

    private Explanation NotApplicable(RuleDescriptor descriptor)
    {
        var severity = _policy.SeverityOf(descriptor);
        var scope = ScopeOf(descriptor, string.Empty);
        IReadOnlyList<ValueEvidence> values = [];
        string reason;
        if (severity == Severity.None)
        {
            reason = TurnedOff(descriptor);
        }
        else if (scope is { Holds: false })
        {
            reason = $"its scope {scope.Name} does not hold";
        }
        else if (Yaml(descriptor) is { ForEach: { } list })
        {
            reason = $"it runs once per item of {list}, and no item is listed or matches";
        }
        else if (_rules.PackOf(descriptor.Id) is { } pack && pack is not YamlRulePack
            && RuleConditions.PathsRead(pack, descriptor.Id) is { Count: > 0 } read)
        {
            // The rule's own conditions name what kept it from applying: show those values and where they are.
            values = [.. read.Select(p => _reader.Read(p, null))];
            reason = (scope is null ? "it applies to every organisation" : "its scope holds")
                + ", but its condition on " + string.Join(", ", read) + " does not hold, so there is nothing for it to check";
        }
        else
        {
            reason = (scope is null ? "it applies to every organisation" : "its scope holds")
                + ", but what the rule checks is absent from the document (its other conditions, such as the plan, the supplier or the event it checks, are not met)";
        }

        return new Explanation
        {
            RuleId = descriptor.Id,
            Title = descriptor.Title,
            Principle = descriptor.Principle,
            Outcome = Diagnostics.Outcome.NotApplicable,
            Severity = severity,
            Scope = scope,
            Values = values,
            Reason = reason,
        };
    }

    /// <summary>Why a rule is off: the configuration entry (with its line) or option that turned it off, or its default.</summary>
    private string TurnedOff(RuleDescriptor descriptor)
    {
        if (SeverityKey(descriptor, _options.Severities) is not { } key)
        {
            return "it is off by default";
        }

        var setting = (key is ['P', >= '1' and <= '9'] ? "principles." : "rules.") + key;
        return _options.SettingLocations.TryGetValue(setting, out var at)
            ? string.Create(CultureInfo.InvariantCulture, $"turned off by the configuration: {setting}: none ({at.File ?? "configuration"}, line {at.Line})")
            : $"turned off by the evaluation's options: {key}: none";
    }

    /// <summary>The severity override that applies to a rule, as the finding policy resolves it: ID, longest prefix, principle.</summary>
    internal static string? SeverityKey(RuleDescriptor descriptor, IReadOnlyDictionary<string, Severity> overrides)
    {
        if (overrides.ContainsKey(descriptor.Id))
        {
            return descriptor.Id;
        }

        var prefix = overrides.Keys
            .Where(k => k.EndsWith('*') && descriptor.Id.StartsWith(k[..^1], StringComparison.Ordinal))
            .MaxBy(k => k.Length);
        return prefix ?? (descriptor.Principle is { } principle && overrides.ContainsKey(principle) ? principle : null);
    }

    private string PassReason(RuleDescriptor descriptor, IReadOnlyList<ValueEvidence> values, IReadOnlyList<ThresholdEvidence> thresholds)
    {
        if (Yaml(descriptor) is { } rule)
        {
            var wording = new Wording(Wording.Plain.Code, _thresholds.Values);
            return "its failure condition does not hold: " + rule.FailsWhen.Describe(wording);
        }

        var read = string.Join(", ", values.Select(v => v.Path + " = " + (v.Value ?? "not declared")));
        var against = thresholds.Count == 0
            ? string.Empty
            : " against " + string.Join(", ", thresholds.Select(t => t.Name + " = " + t.Value.ToString(CultureInfo.InvariantCulture)));
        return values.Count == 0 ? "its failure condition does not hold" : $"its failure condition does not hold for {read}{against}";
    }

    /// <summary>
    /// Each declared number or date age read next to the one threshold the rule read, as numbers ("472 days &gt; 365
    /// (exerciseMaxAgeDays)"): facts, whichever way the rule compares them. Several thresholds pair with no value.
    /// </summary>
    private static IReadOnlyList<string> Comparisons(IReadOnlyList<ValueEvidence> values, IReadOnlyList<ThresholdEvidence> thresholds)
    {
        if (thresholds.Count != 1)
        {
            return [];
        }

        var threshold = thresholds[0];
        var limit = threshold.Value.ToString(CultureInfo.InvariantCulture);
        var comparisons = new List<string>();
        foreach (var value in values)
        {
            var (number, unit) = value.AgeInDays is { } age ? (age, " days")
                : decimal.TryParse(value.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? (n, string.Empty)
                : ((decimal?)null, string.Empty);
            if (number is { } x)
            {
                var op = x > threshold.Value ? ">" : x < threshold.Value ? "<" : "=";
                comparisons.Add($"{x.ToString(CultureInfo.InvariantCulture)}{unit} {op} {limit} ({threshold.Name})");
            }
        }

        return comparisons;
    }

    /// <summary>Where a threshold's value in force came from: the caller's options (or configuration), the engine, a pack.</summary>
    private ThresholdEvidence Source(string name, decimal value)
    {
        if (_options.Thresholds.ContainsKey(name))
        {
            return _options.SettingLocations.TryGetValue("thresholds." + name, out var at)
                ? new ThresholdEvidence(name, value, ThresholdSource.Configuration, at.File, at.Line)
                : new ThresholdEvidence(name, value, ThresholdSource.Options, null, 0);
        }

        if (_engineThresholds.ContainsKey(name))
        {
            return new ThresholdEvidence(name, value, ThresholdSource.Options, null, 0);
        }

        var declaring = _rules.Packs.Where(p => p.Thresholds.ContainsKey(name)).ToList();
        return declaring.Count switch
        {
            0 => new ThresholdEvidence(name, value, ThresholdSource.Default, null, 0),
            1 => new ThresholdEvidence(name, value, ThresholdSource.Default, declaring[0].Id, 0),
            _ => new ThresholdEvidence(name, value, ThresholdSource.Pack, declaring[^1].Id, 0),
        };
    }

    private PackRule? Yaml(RuleDescriptor descriptor) => (_rules.PackOf(descriptor.Id) as YamlRulePack)?.Rule(descriptor.Id);

    /// <summary>The rule's scope for a target: a YAML rule's <c>appliesWhen</c>, or the C# pack's described scope.</summary>
    private ScopeEvidence? ScopeOf(RuleDescriptor descriptor, string target)
    {
        var key = descriptor.Id + "\n" + target;
        if (_scopes.TryGetValue(key, out var known))
        {
            return known;
        }

        var scope = Yaml(descriptor) is { } rule ? YamlScope(rule, target) : DescribedScope(descriptor);
        _scopes[key] = scope;
        return scope;
    }

    private ScopeEvidence? YamlScope(PackRule rule, string target)
    {
        if (rule.AppliesWhen is not { } condition)
        {
            return null;
        }

        var item = EvidenceReader.SupplierAt(_organisation, target);
        if (condition.ReadsItem && item is null)
        {
            // No item to test the condition on: it held for none (or the list is empty).
            return new ScopeEvidence("appliesWhen", condition.Describe(), false, []);
        }

        var result = condition.Evaluate(new PackScope(new RuleContext(_asOf, _thresholds), _organisation, item));
        var values = condition.Paths
            .Where(p => !p.IsItem || item is not null)
            .Select(p => p.Absolute(item))
            .Distinct(StringComparer.Ordinal)
            .Select(p => _reader.Read(p, null))
            .ToArray();
        return new ScopeEvidence("appliesWhen", condition.Describe(), result.Value == true, values);
    }

    private ScopeEvidence? DescribedScope(RuleDescriptor descriptor)
    {
        var name = descriptor.Tags.FirstOrDefault(t => t.StartsWith("scope:", StringComparison.Ordinal))?["scope:".Length..];
        if (name is null || _rules.PackOf(descriptor.Id)?.Scopes.FirstOrDefault(s => s.Name == name) is not { } scope)
        {
            return null;
        }

        return new ScopeEvidence(scope.Name, scope.Description, scope.Holds(_organisation), [.. scope.Paths.Select(p => _reader.Read(p, null))]);
    }
}

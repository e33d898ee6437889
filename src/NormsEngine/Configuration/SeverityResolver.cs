using NormsEngine.Diagnostics;

namespace NormsEngine.Configuration;

/// <summary>
/// Effective severity of a rule: an exact ID override, else the longest matching <c>PREFIX*</c>, else the
/// rule's principle (<c>P3: none</c>), else the descriptor's default. NE0001, NE0004, NE0005 and NE0006 always keep
/// their default.
/// </summary>
internal sealed class SeverityResolver
{
    private readonly IReadOnlyDictionary<string, Severity> _overrides;
    private readonly KeyValuePair<string, Severity>[] _prefixes;

    public SeverityResolver(IReadOnlyDictionary<string, Severity> overrides)
    {
        _overrides = overrides;
        _prefixes = [.. overrides
            .Where(o => o.Key.EndsWith('*'))
            .Select(o => new KeyValuePair<string, Severity>(o.Key[..^1], o.Value))
            .OrderByDescending(o => o.Key.Length)];
    }

    public Severity Resolve(RuleDescriptor descriptor)
    {
        // NE0001, NE0004, NE0005 and NE0006 keep their severity: an ID naming one is NE0103 in a configuration file,
        // and a prefix (NE*) or an override given in code does not reach them.
        if (_overrides.Count == 0 || EngineDiagnostics.CannotBeLowered(descriptor.Id))
        {
            return descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : Severity.None;
        }

        if (_overrides.TryGetValue(descriptor.Id, out var exact))
        {
            return exact;
        }

        foreach (var (prefix, severity) in _prefixes)
        {
            if (descriptor.Id.StartsWith(prefix, StringComparison.Ordinal))
            {
                return severity;
            }
        }

        if (descriptor.Principle is { } principle && _overrides.TryGetValue(principle, out var byPrinciple))
        {
            return byPrinciple;
        }

        return descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : Severity.None;
    }
}

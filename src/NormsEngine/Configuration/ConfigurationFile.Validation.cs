using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Packs;

namespace NormsEngine.Configuration;

/// <summary>The configuration checked against the packs that are loaded: what it names must exist.</summary>
public static partial class ConfigurationFile
{
    /// <summary>
    /// Checks a configuration against what is loaded: packs that exist, rule IDs and thresholds that some pack
    /// defines. Each mistake is an NE0103 finding at the setting, with a "did you mean" where one is close.
    /// </summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="descriptors">Every loaded rule (engine diagnostics included if they may be configured).</param>
    /// <param name="thresholds">Every threshold the loaded packs declare.</param>
    /// <param name="packs">The pack names that can be loaded by name (for example <c>paris-call</c>); paths are not checked here.</param>
    /// <returns>The findings; empty when the configuration fits.</returns>
    public static IReadOnlyList<Finding> Validate(
        NormsConfiguration configuration,
        IEnumerable<RuleDescriptor> descriptors,
        IEnumerable<string> thresholds,
        IEnumerable<string> packs)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var errors = new List<Finding>();
        var ids = descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var thresholdNames = thresholds.ToHashSet(StringComparer.Ordinal);
        var packNames = packs.ToHashSet(StringComparer.Ordinal);
        SourceLocation Where(string path) =>
            configuration.Locations.TryGetValue(path, out var at) ? at : new SourceLocation(configuration.File, path, 0, 0, 0, 0);
        static string Hint(string value, IEnumerable<string> known) => Suggestions.Closest(value, known) is { } s ? $"; did you mean '{s}'?" : ".";

        foreach (var key in configuration.Severities.Keys)
        {
            var isPrinciple = key is ['P', >= '1' and <= '9'];
            var known = isPrinciple
                || (key.EndsWith('*') ? ids.Any(id => id.StartsWith(key[..^1], StringComparison.Ordinal)) : ids.Contains(key));
            if (!known)
            {
                var path = configuration.Locations.ContainsKey("rules." + key) ? "rules." + key : "principles." + key;
                errors.Add(Error(Where(path), $"No loaded rule {(key.EndsWith('*') ? "starts with" : "has the ID")} '{key.TrimEnd('*')}'" + Hint(key, ids)));
            }
        }

        foreach (var name in configuration.Thresholds.Keys.Where(n => !thresholdNames.Contains(n)))
        {
            errors.Add(Error(Where("thresholds." + name), $"No loaded pack declares the threshold '{name}'" + Hint(name, thresholdNames)));
        }

        for (var i = 0; i < configuration.Packs.Count; i++)
        {
            var pack = configuration.Packs[i];
            if (!PackReference.IsFile(pack) && !packNames.Contains(pack))
            {
                errors.Add(Error(Where($"packs[{i}]"), $"Unknown pack '{NodeReader.Quote(pack)}'; built-in packs: {string.Join(", ", packNames.Order(StringComparer.Ordinal))}" + Hint(pack, packNames)));
            }
        }

        return errors;
    }
}

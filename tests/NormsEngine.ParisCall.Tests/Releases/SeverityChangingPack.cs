using NormsEngine.Diagnostics;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.Tests.Releases;

/// <summary>
/// A pack that runs another pack's rules but gives one of them another default severity, the way a pack pinned to a
/// release whose ledger changed that rule's severity does.
/// </summary>
internal sealed class SeverityChangingPack(IRulePack inner, string ruleId, Severity severity) : IRulePack
{
    public string Id => inner.Id;

    public string Version => inner.Version;

    public string Title => inner.Title;

    public string Owner => inner.Owner;

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        [.. inner.Descriptors.Select(d => d.Id != ruleId ? d : RuleDescriptor.Create(
            d.Id, d.Title, d.MessageFormat, d.Category, severity, d.Description, d.Remediation, d.Principle, d.References, d.Tags, helpUri: d.HelpUri))];

    public IReadOnlyList<Type> RuleTypes => inner.RuleTypes;

    public IReadOnlyDictionary<string, decimal> Thresholds => inner.Thresholds;

    public IReadOnlyList<Principle> Principles => inner.Principles;
}

using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using Shared = NormsEngine.TestSupport.PackHarness;

namespace NormsEngine.ParisCall.Tests.TestSupport;

/// <summary>
/// The Paris Call rule tests' entry to the one shared harness (<c>NormsEngine.TestSupport.PackHarness</c>), under the
/// name and namespace those tests import. Every member forwards; the logic is there.
/// </summary>
internal static class PackHarness
{
    /// <inheritdoc cref="Shared.AsOf"/>
    public static DateOnly AsOf => Shared.AsOf;

    /// <inheritdoc cref="Shared.Evaluate(string, DateOnly?, IReadOnlyDictionary{string, decimal}?)"/>
    public static DocumentReport Evaluate(string body, DateOnly? asOf = null, IReadOnlyDictionary<string, decimal>? thresholds = null) =>
        Shared.Evaluate(body, asOf, thresholds);

    /// <inheritdoc cref="Shared.EvaluateText"/>
    public static Report EvaluateText(string yaml, EvaluationOptions? options = null) => Shared.EvaluateText(yaml, options);

    /// <inheritdoc cref="Shared.Failures"/>
    public static IReadOnlyList<Finding> Failures(this DocumentReport report, string ruleId) => Shared.Failures(report, ruleId);

    /// <inheritdoc cref="Shared.Insufficient"/>
    public static IReadOnlyList<Finding> Insufficient(this DocumentReport report, string ruleId) => Shared.Insufficient(report, ruleId);

    /// <inheritdoc cref="Shared.Passes"/>
    public static IReadOnlyList<PassedRule> Passes(this DocumentReport report, string ruleId) => Shared.Passes(report, ruleId);

    /// <inheritdoc cref="Shared.OutcomeOf"/>
    public static Outcome OutcomeOf(this DocumentReport report, string ruleId) => Shared.OutcomeOf(report, ruleId);
}

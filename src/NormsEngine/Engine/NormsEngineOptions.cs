using System.Globalization;
using NormsEngine.Documents;

namespace NormsEngine.Engine;

/// <summary>
/// Engine-wide settings, the defaults of every evaluation: reader limits, threshold overrides, parallelism and when
/// to compile the rules. Set them with <c>services.AddNormsEngine(b =&gt; b.Configure(o =&gt; ...))</c> or bind them
/// from configuration (<c>services.Configure&lt;NormsEngineOptions&gt;(section)</c>); they are validated when the
/// evaluator is created (and at host start-up), and invalid values fail with an
/// <c>OptionsValidationException</c> naming each problem.
/// </summary>
public sealed class NormsEngineOptions
{
    /// <summary>Largest input, in bytes, of one file, stream or text, unless <see cref="EvaluationOptions.Limits"/> says otherwise. Default 4 MiB; must be positive.</summary>
    public long MaxInputBytes { get; set; } = ReaderLimits.Default.MaxInputBytes;

    /// <summary>Deepest nesting of mappings and sequences in one document. Default 64; must be positive.</summary>
    public int MaxDepth { get; set; } = ReaderLimits.Default.MaxDepth;

    /// <summary>Most alias references in one document. Default 1,000; must not be negative.</summary>
    public int MaxAliases { get; set; } = ReaderLimits.Default.MaxAliases;

    /// <summary>Most nodes in one document, counted with every alias expanded. Default 100,000; must be positive.</summary>
    public int MaxNodes { get; set; } = ReaderLimits.Default.MaxNodes;

    /// <summary>Most documents (separated by <c>---</c>) read from one input. Default 1,000; must be positive.</summary>
    public int MaxDocuments { get; set; } = ReaderLimits.Default.MaxDocuments;

    /// <summary>
    /// Most that alias references may repeat in one input (characters of the scalars repeated plus one per node),
    /// or <c>null</c> (the default) for as much as <see cref="MaxInputBytes"/>; must not be negative.
    /// </summary>
    public long? MaxAliasExpansion { get; set; }

    /// <summary>
    /// Threshold overrides by name applied to every evaluation, over the packs' defaults; an evaluation's own
    /// <see cref="EvaluationOptions.Thresholds"/> win over these.
    /// </summary>
    public IDictionary<string, decimal> Thresholds { get; } = new Dictionary<string, decimal>(StringComparer.Ordinal);

    /// <summary>
    /// Most documents evaluated at once by <see cref="INormsEvaluator.EvaluateAll"/> and, when it is not given,
    /// <see cref="INormsEvaluator.EvaluateManyAsync"/>; -1 (the default) for one per processor. Must be -1 or positive.
    /// </summary>
    public int MaxDegreeOfParallelism { get; set; } = -1;

    /// <summary>
    /// <c>true</c> to compile the rules as soon as the evaluator is created (resolved from the container), so that a
    /// broken pack fails then and the first evaluation is fast; <c>false</c> (the default) to compile on first use.
    /// </summary>
    public bool CompileOnStartup { get; set; }

    /// <summary>The reader limits these options describe.</summary>
    internal ReaderLimits Limits() => new()
    {
        MaxInputBytes = MaxInputBytes,
        MaxDepth = MaxDepth,
        MaxAliases = MaxAliases,
        MaxNodes = MaxNodes,
        MaxDocuments = MaxDocuments,
        MaxAliasExpansion = MaxAliasExpansion ?? MaxInputBytes,
    };

    /// <summary>Every invalid setting, as a sentence naming it and its value; empty when the options are valid.</summary>
    internal List<string> Problems()
    {
        var problems = new List<string>();
        if (MaxInputBytes <= 0)
        {
            problems.Add($"NormsEngineOptions.MaxInputBytes must be positive; it is {MaxInputBytes}.");
        }

        if (MaxDepth <= 0)
        {
            problems.Add($"NormsEngineOptions.MaxDepth must be positive; it is {MaxDepth}.");
        }

        if (MaxAliases < 0)
        {
            problems.Add($"NormsEngineOptions.MaxAliases must be zero or positive; it is {MaxAliases}.");
        }

        if (MaxNodes <= 0)
        {
            problems.Add($"NormsEngineOptions.MaxNodes must be positive; it is {MaxNodes}.");
        }

        if (MaxDocuments <= 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"NormsEngineOptions.MaxDocuments must be positive; it is {MaxDocuments}."));
        }

        if (MaxAliasExpansion < 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"NormsEngineOptions.MaxAliasExpansion must be zero or positive; it is {MaxAliasExpansion}."));
        }

        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            problems.Add($"NormsEngineOptions.MaxDegreeOfParallelism must be -1 (one per processor) or positive; it is {MaxDegreeOfParallelism}.");
        }

        foreach (var name in Thresholds.Keys)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add("NormsEngineOptions.Thresholds has an empty threshold name.");
            }
        }

        return problems;
    }
}

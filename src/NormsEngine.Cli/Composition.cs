using Microsoft.Extensions.DependencyInjection;
using NormsEngine.DependencyInjection;
using NormsEngine.Engine;
using NormsEngine.Packs;

namespace NormsEngine.Cli;

/// <summary>The tool's services: the same composition an embedding app writes.</summary>
internal static class Composition
{
    public static INormsEvaluator CreateEvaluator() => Create().Evaluator;

    /// <summary>The evaluator and the packs it runs (configuration is checked against them).</summary>
    public static (INormsEvaluator Evaluator, IReadOnlyList<IRulePack> Packs) Create()
    {
        var provider = new ServiceCollection()
            .AddNormsEngine(builder => builder.AddParisCall())
            .BuildServiceProvider();
        return (provider.GetRequiredService<INormsEvaluator>(), [.. provider.GetServices<IRulePack>()]);
    }
}

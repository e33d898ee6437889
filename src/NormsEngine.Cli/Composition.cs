using Microsoft.Extensions.DependencyInjection;
using NormsEngine.DependencyInjection;
using NormsEngine.Engine;

namespace NormsEngine.Cli;

/// <summary>The tool's services: the same composition an embedding app writes.</summary>
internal static class Composition
{
    public static INormsEvaluator CreateEvaluator() =>
        new ServiceCollection()
            .AddNormsEngine(builder => builder.AddParisCall())
            .BuildServiceProvider()
            .GetRequiredService<INormsEvaluator>();
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using NormsEngine.DependencyInjection;
using NormsEngine.Engine;
using NormsEngine.Packs;

#pragma warning disable IDE0130 // Extension methods live in the container's namespace so that they are found without a using.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers NormsEngine in a service collection.</summary>
public static class NormsEngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds a singleton <see cref="INormsEvaluator"/> over the packs that <paramref name="configure"/> adds,
    /// for example <c>services.AddNormsEngine(b =&gt; b.AddParisCall())</c>. A <see cref="TimeProvider"/> in the
    /// container is used for the as-of date; otherwise the system clock.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds rule packs.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddNormsEngine(this IServiceCollection services, Action<NormsEngineBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        configure(new NormsEngineBuilder(services));
        services.TryAddSingleton<INormsEvaluator>(provider => new NormsEvaluator(
            Packs(provider),
            provider.GetService<TimeProvider>()));
        return services;
    }

    private static List<IRulePack> Packs(IServiceProvider provider)
    {
        var packs = provider.GetServices<IRulePack>().ToList();
        var known = packs.SelectMany(p => p.Thresholds.Keys).ToArray();
        foreach (var file in provider.GetServices<RulePackFileRegistration>())
        {
            var result = RulePackFile.Load(file.Path, known);
            packs.Add(result.Pack ?? throw new RulePackException(
                NormsEngine.Diagnostics.EngineDiagnostics.PackLoadFailed,
                string.Join(Environment.NewLine, result.Errors),
                result.Errors.Count > 0 ? result.Errors[0].Location : null));
        }

        return packs;
    }
}

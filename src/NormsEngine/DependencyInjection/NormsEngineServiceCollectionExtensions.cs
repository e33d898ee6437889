using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NormsEngine.DependencyInjection;
using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.Rules;

#pragma warning disable IDE0130 // Extension methods live in the container's namespace so that they are found without a using.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers NormsEngine in a service collection.</summary>
public static class NormsEngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds a singleton <see cref="INormsEvaluator"/> over the packs that <paramref name="configure"/> adds,
    /// for example <c>services.AddNormsEngine(b =&gt; b.AddParisCall().Configure(o =&gt; o.MaxDepth = 32))</c>.
    /// Registrations use <c>TryAdd</c>, so calling it twice, or registering your own evaluator first, is safe.
    /// <see cref="NormsEngineOptions"/> are validated when the evaluator is created and, in a host, at start-up
    /// (<c>ValidateOnStart</c>); invalid values throw an <c>OptionsValidationException</c> naming each problem.
    /// A <see cref="TimeProvider"/> in the container is used for the as-of date, otherwise the system clock; an
    /// <c>ILogger&lt;NormsEvaluator&gt;</c> in the container receives the compilation (Information) and each
    /// evaluation (Debug). The rules compile once, on first use, or when the evaluator is created if
    /// <see cref="NormsEngineOptions.CompileOnStartup"/> is set.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds rule packs and configures the options.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddNormsEngine(this IServiceCollection services, Action<NormsEngineBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        configure(new NormsEngineBuilder(services));
        services.AddOptions<NormsEngineOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NormsEngineOptions>, NormsEngineOptionsValidator>());
        services.TryAddSingleton<INormsEvaluator>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<NormsEngineOptions>>().Value;
            return new NormsEvaluator(
                Packs(provider),
                provider.GetService<TimeProvider>(),
                provider.GetService<ILogger<NormsEvaluator>>(),
                options);
        });
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

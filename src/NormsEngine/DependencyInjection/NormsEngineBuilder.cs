using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.Rules;

namespace NormsEngine.DependencyInjection;

/// <summary>Configures NormsEngine in a service collection: which rule packs to load, and the engine's options.</summary>
public sealed class NormsEngineBuilder
{
    internal NormsEngineBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection being configured.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds a rule pack instance.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>This builder.</returns>
    public NormsEngineBuilder AddRulePack(IRulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        Services.AddSingleton(pack);
        return this;
    }

    /// <summary>
    /// Adds a YAML rule pack file. It is read and checked when the evaluator is first created; a broken pack makes
    /// that fail with a <see cref="RulePackException"/> listing every NE0101 finding.
    /// </summary>
    /// <param name="path">The pack file.</param>
    /// <returns>This builder.</returns>
    public NormsEngineBuilder AddRulePackFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Services.AddSingleton(new RulePackFileRegistration(path));
        return this;
    }

    /// <summary>Adds every rule pack of an assembly (trusted code: loading it runs it).</summary>
    /// <param name="path">The assembly file.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="RulePackException">The assembly holds no loadable pack.</exception>
    public NormsEngineBuilder AddRulePackAssembly(string path)
    {
        var (packs, errors) = RulePackAssembly.Load(path);
        if (errors.Count > 0)
        {
            throw new RulePackException(Diagnostics.EngineDiagnostics.PackLoadFailed, string.Join(Environment.NewLine, errors), errors[0].Location);
        }

        foreach (var pack in packs)
        {
            AddRulePack(pack);
        }

        return this;
    }

    /// <summary>
    /// Configures the engine-wide <see cref="NormsEngineOptions"/> (reader limits, threshold overrides, parallelism,
    /// compile at start-up); may be called more than once, in order. Options can also be bound from configuration
    /// with <c>services.Configure&lt;NormsEngineOptions&gt;(section)</c>.
    /// </summary>
    /// <param name="configure">Sets the options.</param>
    /// <returns>This builder.</returns>
    public NormsEngineBuilder Configure(Action<NormsEngineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    /// <summary>Adds a rule pack by type; the container creates it.</summary>
    /// <typeparam name="TPack">The pack's type.</typeparam>
    /// <returns>This builder.</returns>
    public NormsEngineBuilder AddRulePack<TPack>()
        where TPack : class, IRulePack
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IRulePack, TPack>());
        return this;
    }
}

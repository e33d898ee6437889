using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NormsEngine.Packs;

namespace NormsEngine.DependencyInjection;

/// <summary>Configures NormsEngine in a service collection: which rule packs to load.</summary>
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

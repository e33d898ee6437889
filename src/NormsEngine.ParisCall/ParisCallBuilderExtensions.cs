using NormsEngine.ParisCall;

#pragma warning disable IDE0130 // Found next to AddNormsEngine without another using.
namespace NormsEngine.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Adds the Paris Call pack to NormsEngine.</summary>
public static class ParisCallBuilderExtensions
{
    /// <summary>Adds the built-in Paris Call pack (rules PC0101 to PC0905).</summary>
    /// <param name="builder">The NormsEngine builder.</param>
    /// <returns>The builder.</returns>
    public static NormsEngineBuilder AddParisCall(this NormsEngineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddRulePack<ParisCallPack>();
    }
}

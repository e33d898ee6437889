using NormsEngine.ParisCall;

#pragma warning disable IDE0130 // Found next to AddNormsEngine without another using.
namespace NormsEngine.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Adds the Paris Call pack to NormsEngine.</summary>
public static class ParisCallBuilderExtensions
{
    /// <summary>Adds the built-in Paris Call pack, its newest release.</summary>
    /// <param name="builder">The NormsEngine builder.</param>
    /// <returns>The builder.</returns>
    public static NormsEngineBuilder AddParisCall(this NormsEngineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddRulePack<ParisCallPack>();
    }

    /// <summary>
    /// Adds the built-in Paris Call pack pinned to one release (<c>b.AddParisCall("0.1.0")</c>, as
    /// <c>packs: [paris-call@0.1.0]</c> in <c>norms.config.yaml</c>): that release's rules at its default severities,
    /// so that upgrading the package does not change verdicts until the pin moves. Add the pack once.
    /// </summary>
    /// <param name="builder">The NormsEngine builder.</param>
    /// <param name="release">A release of the pack, one of <see cref="ParisCallPack.Releases"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The pack has no such release; the message lists the releases it has.</exception>
    public static NormsEngineBuilder AddParisCall(this NormsEngineBuilder builder, string release)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddRulePack(new ParisCallPack(release));
    }
}

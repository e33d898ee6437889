using NormsEngine.ParisCall;

namespace NormsEngine.Tests.Docs;

/// <summary>The Paris Call pack probed once for every test that needs it: the probes evaluate about two thousand documents.</summary>
internal static class ProbedReads
{
    private static readonly Lazy<RuleReads> Reads = new(() => RuleReads.Probe(new ParisCallPack()));

    public static RuleReads ParisCall => Reads.Value;
}

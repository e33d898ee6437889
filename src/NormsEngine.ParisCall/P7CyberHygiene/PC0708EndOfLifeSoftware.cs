using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P7CyberHygiene;

/// <summary>PC0708: no end-of-life software is in use.</summary>
internal sealed class PC0708EndOfLifeSoftware : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0708", Severity.Warning, "all",
        "No end-of-life software is in use",
        "{0} end-of-life software product(s) are still in use; there must be none",
        "Software past its end of life gets no more security fixes, so every vulnerability found in it stays open for good. Attackers actively look for such products because no patching cycle will ever close the hole.",
        "Replace or upgrade every end-of-life product to a supported version; where that is impossible for now, isolate it from the network and plan its retirement. Then set hygiene.endOfLifeSoftwareCount to 0.",
        "NIST CSF 2.0 PR.PS-02", "CIS Controls v8 2.2");

    private static readonly Expression<Func<Organisation, object?>> EndOfLifeSoftwareCount = x => x.Hygiene.EndOfLifeSoftwareCount;

    public override void Define()
    {
        RuleContext context = null!;
        Organisation organisation = null!;

        When()
            .Match(() => context)
            .Match(() => organisation);
        Then()
            .Do(_ => Evaluate(context, organisation));
    }

    private static void Evaluate(RuleContext context, Organisation o)
    {
        var count = o.Hygiene.EndOfLifeSoftwareCount;
        context.Decide(Descriptor, o, EndOfLifeSoftwareCount, ThreeValued.Above(count, 0), count);
    }
}

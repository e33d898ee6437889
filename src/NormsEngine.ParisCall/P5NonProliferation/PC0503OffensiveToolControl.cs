using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P5NonProliferation;

/// <summary>PC0503: offensive tools are inventoried and access to them is restricted and logged.</summary>
internal sealed class PC0503OffensiveToolControl : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0503", Severity.Warning, "offensiveToolHolder",
        "Offensive tools are inventoried and access to them is restricted",
        "{0}; an organisation that holds offensive tools must inventory them and restrict and log access to them",
        "Exploits and implants that leak from the organisation that built them become other people's weapons, as the leaks of state toolkits showed. An inventory tells the organisation what it holds; restricted, logged access keeps the tools from walking out unnoticed.",
        "Keep an inventory of every exploit, implant and offensive tool held, restrict access to named staff with logging and review, and set nonProliferation.toolInventory and nonProliferation.toolAccessRestricted to true.",
        "NIST CSF 2.0 ID.AM-02", "NIST CSF 2.0 PR.AA-05", "CIS Controls v8 2.1", "ISO/IEC 27001:2022 A.5.9", "ISO/IEC 27001:2022 A.5.15", "ISO/IEC 27001:2022 A.8.18");

    private static readonly Expression<Func<Organisation, object?>> ToolInventory = x => x.NonProliferation.ToolInventory;
    private static readonly Expression<Func<Organisation, object?>> ToolAccessRestricted = x => x.NonProliferation.ToolAccessRestricted;

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
        var np = o.NonProliferation;
        context.Check(Descriptor, o)
            .FailsWhen(
                ToolInventory,
                ThreeValued.IsFalse(np.ToolInventory),
                "No inventory of offensive tools is kept")
            .FailsWhen(
                ToolAccessRestricted,
                ThreeValued.IsFalse(np.ToolAccessRestricted),
                "Access to offensive tools is not restricted and logged")
            .Report();
    }
}

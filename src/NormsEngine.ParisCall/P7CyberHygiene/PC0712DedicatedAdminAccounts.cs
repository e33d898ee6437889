using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P7CyberHygiene;

/// <summary>PC0712 (release 0.2.0): administrator privileges are used only from dedicated administrator accounts.</summary>
internal sealed class PC0712DedicatedAdminAccounts : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0712", Severity.Warning, "all",
        "Administrator privileges are used only from dedicated administrator accounts",
        "Administrator privileges are used from everyday accounts (hygiene.dedicatedAdminAccounts is false)",
        "An administrator who reads email and browses the web from an account with administrator privileges hands those privileges to the first phishing link or malicious download. Keeping administration in dedicated accounts, used for nothing else, stops one click from compromising the whole estate.",
        "Give every administrator a separate administrator account used only for administration, remove administrator rights from everyday accounts, and set hygiene.dedicatedAdminAccounts to true.",
        "CIS Controls v8 5.4", "ISO/IEC 27001:2022 A.8.2");

    private static readonly Expression<Func<Organisation, object?>> DedicatedAdminAccounts = x => x.Hygiene.DedicatedAdminAccounts;

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

    private static void Evaluate(RuleContext context, Organisation o) =>
        context.Decide(Descriptor, o, DedicatedAdminAccounts, ThreeValued.IsFalse(o.Hygiene.DedicatedAdminAccounts));
}

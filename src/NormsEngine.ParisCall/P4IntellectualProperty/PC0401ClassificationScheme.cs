using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P4IntellectualProperty;

/// <summary>PC0401: intellectual property is covered by a data classification scheme.</summary>
internal sealed class PC0401ClassificationScheme : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0401", Severity.Warning, "ipHolder",
        "Intellectual property is covered by a data classification scheme",
        "No data classification scheme covers intellectual property; trade secrets and source code must be classified before they can be protected",
        "Trade secrets, source code and confidential business information can only be protected once they are identified and labelled. Without a classification scheme, access control, data-loss prevention and encryption cannot tell the crown jewels from ordinary data, and theft goes unnoticed.",
        "Adopt a data classification scheme with a level for intellectual property (for example Confidential-IP), label repositories, shares and document stores that hold it, and set intellectualProperty.classificationScheme to true.",
        "NIST CSF 2.0 ID.AM-07", "CIS Controls v8 3.7", "ISO/IEC 27001:2022 A.5.12");

    private static readonly Expression<Func<Organisation, object?>> ClassificationScheme = x => x.IntellectualProperty.ClassificationScheme;

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
        context.Decide(Descriptor, o, ClassificationScheme, ThreeValued.IsFalse(o.IntellectualProperty.ClassificationScheme));
}

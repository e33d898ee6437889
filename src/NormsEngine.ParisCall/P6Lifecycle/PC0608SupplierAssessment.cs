using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P6Lifecycle;

/// <summary>PC0608: suppliers with access to production are assessed regularly.</summary>
internal sealed class PC0608SupplierAssessment : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0608", Severity.Warning, "all",
        "Suppliers with access to production are assessed regularly",
        "Supplier {0}, which can reach production, was last assessed on {1}, {2} days ago; it must be assessed at least every {3} days",
        "A supplier that can reach production systems or data is a way in for attackers, and its security changes over time. A regular assessment, every supplierAssessmentMaxAgeDays (365 by default), finds weaknesses before they are exploited through it.",
        "Assess the supplier's security again (questionnaire with evidence, certification review or audit), record the date in its lastAssessment, and plan the next one within supplierAssessmentMaxAgeDays.",
        "NIST CSF 2.0 GV.SC-07", "CIS Controls v8 15.5", "ISO/IEC 27001:2022 A.5.22");

    private static readonly Expression<Func<Supplier, object?>> LastAssessment = x => x.LastAssessment;

    public override void Define()
    {
        RuleContext context = null!;
        Organisation organisation = null!;
        Supplier supplier = null!;

        // A Rete join: one activation per supplier that can reach production.
        When()
            .Match(() => context)
            .Match(() => organisation)
            .Match(() => supplier, s => s.AccessToProduction == true);
        Then()
            .Do(_ => Evaluate(context, supplier));
    }

    private static void Evaluate(RuleContext context, Supplier s)
    {
        var maxAge = context.Thresholds.Whole(ParisCallThresholds.SupplierAssessmentMaxAgeDays);
        var age = context.AgeInDays(s.LastAssessment);
        context.Decide(
            Descriptor,
            s,
            LastAssessment,
            ThreeValued.Above(age, maxAge),
            s.Name,
            s.LastAssessment,
            age,
            maxAge);
    }
}

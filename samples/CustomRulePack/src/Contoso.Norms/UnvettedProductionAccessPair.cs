using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace Contoso.Norms;

/// <summary>
/// CTS0601: no two critical suppliers with production access may both lack security clauses. A rule over two
/// suppliers at once is a three-way Rete join, which the YAML language (one item at a time) cannot say.
/// </summary>
internal sealed class UnvettedProductionAccessPair : Rule
{
    public static readonly RuleDescriptor Descriptor = RuleDescriptor.Create(
        "CTS0601",
        "No two critical suppliers with production access lack security clauses",
        "{0} and {1} are both critical, can both reach production and neither contract has security clauses",
        "Lifecycle security",
        Severity.Error,
        "One unvetted supplier in production is a risk the organisation may accept; two make a compromise of either a path to the other and to production.",
        "Add security clauses to at least one of the two contracts, starting with the supplier with broader access.",
        principle: "P6",
        references: ["NIST CSF 2.0 GV.SC-05", "ISO/IEC 27001:2022 A.5.20"],
        packFolder: "contoso",
        helpUri: new Uri("https://contoso.example/norms/CTS0601"));

    public override void Define()
    {
        RuleContext context = null!;
        Supplier first = null!;
        Supplier second = null!;

        When()
            .Match(() => context)
            .Match(() => first, s => s.Critical == true, s => s.AccessToProduction == true, s => s.SecurityClauses == false)
            .Match(() => second, s => s.Critical == true, s => s.AccessToProduction == true, s => s.SecurityClauses == false, s => s.Index > first.Index);
        Then()
            .Do(_ => context.Fail(Descriptor, second, s => s.SecurityClauses, first.Name, second.Name));
    }
}

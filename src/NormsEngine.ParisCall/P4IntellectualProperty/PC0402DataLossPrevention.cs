using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P4IntellectualProperty;

/// <summary>PC0402: trade secrets are covered by data-loss prevention.</summary>
internal sealed class PC0402DataLossPrevention : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0402", Severity.Warning, "tradeSecretHolder",
        "Trade secrets are covered by data-loss prevention",
        "Data-loss prevention coverage is {0}; trade secrets need data-loss prevention on the channels they can leave by",
        "Trade secrets are stolen by copying them out: by e-mail, cloud uploads, removable media or a departing employee's laptop. Data-loss prevention detects and blocks such transfers of classified data; without any, theft is found only when a competitor's product appears.",
        "Deploy data-loss prevention on the channels classified data can leave by (e-mail, web and cloud uploads, endpoints and removable media), starting with the stores that hold trade secrets, and set intellectualProperty.dlpCoverage to partial or full.",
        "NIST CSF 2.0 PR.DS-01", "NIST CSF 2.0 PR.DS-02", "CIS Controls v8 3.13", "ISO/IEC 27001:2022 A.8.12");

    private static readonly Expression<Func<Organisation, object?>> Coverage = x => x.IntellectualProperty.DlpCoverage;

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
        var coverage = o.IntellectualProperty.DlpCoverage;
        context.Decide(
            Descriptor,
            o,
            Coverage,
            coverage is { } c ? c == DlpCoverage.None : null,
            coverage is { } v ? YamlNames<DlpCoverage>.Of(v) : null);
    }
}

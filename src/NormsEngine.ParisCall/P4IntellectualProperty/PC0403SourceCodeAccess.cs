using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P4IntellectualProperty;

/// <summary>PC0403: access to source code is restricted to those who need it.</summary>
internal sealed class PC0403SourceCodeAccess : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0403", Severity.Error, "softwareProducer",
        "Access to source code is restricted to those who need it",
        "Source code access is not restricted; a software producer must grant it on a need-to-know basis",
        "Source code is a software producer's core intellectual property and a map of its products' weaknesses. Broad access lets one compromised account or insider copy it all, for a competitor or for an attacker looking for vulnerabilities.",
        "Grant repository access per team and project on a need-to-know basis, remove standing organisation-wide read access, review access regularly, and set intellectualProperty.sourceCodeAccessRestricted to true.",
        "NIST CSF 2.0 PR.AA-05", "CIS Controls v8 3.3", "ISO/IEC 27001:2022 A.8.4");

    private static readonly Expression<Func<Organisation, object?>> SourceCodeAccessRestricted = x => x.IntellectualProperty.SourceCodeAccessRestricted;

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
        context.Decide(Descriptor, o, SourceCodeAccessRestricted, ThreeValued.IsFalse(o.IntellectualProperty.SourceCodeAccessRestricted));
}

using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P1IndividualsAndInfrastructure;

/// <summary>PC0109 (release 0.2.0): essential services raise security alerts in one central place.</summary>
internal sealed class PC0109CentralisedAlerting : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0109", Severity.Warning, "essentialService",
        "Essential services raise security alerts in one central place",
        "Security events do not raise alerts in one central place (incidentResponse.centralisedAlerting is false); an essential service must correlate them",
        "An intrusion into an essential service shows up as scattered events on many systems: a failed login here, a new service there. Unless those events reach one place where they are correlated and raise alerts, the attack is noticed only once the harm is done, too late to prevent it or to warn the national CSIRT early.",
        "Send the security events of every system to one platform (a SIEM, or a log analytics platform with security correlation alerts), have it watched, and set incidentResponse.centralisedAlerting to true.",
        "NIST CSF 2.0 DE.CM-01", "NIST CSF 2.0 DE.CM-09", "CIS Controls v8 13.1", "ISO/IEC 27001:2022 A.8.16");

    private static readonly Expression<Func<Organisation, object?>> CentralisedAlerting = x => x.IncidentResponse.CentralisedAlerting;

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
        context.Decide(Descriptor, o, CentralisedAlerting, ThreeValued.IsFalse(o.IncidentResponse.CentralisedAlerting));
}

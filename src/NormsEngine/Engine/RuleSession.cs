using NormsEngine.Model;
using NormsEngine.Rules;
using NRules;

namespace NormsEngine.Engine;

/// <summary>
/// The evaluate stage: one NRules session over one bound document. The organisation, its suppliers and the rule
/// context go in as facts; the rules fire and report their outcomes through the context. A session is created per
/// document from the shared session factory and never shared across threads.
/// </summary>
internal static class RuleSession
{
    /// <summary>Fires every rule of <paramref name="rules"/> over <paramref name="organisation"/>.</summary>
    /// <param name="rules">The compiled packs.</param>
    /// <param name="organisation">The bound document.</param>
    /// <param name="context">The as-of date and thresholds; receives the outcomes.</param>
    /// <returns>The outcomes, and the index of each one's rule in <see cref="CompiledRules.Descriptors"/>.</returns>
    public static (IReadOnlyList<RuleOutcome> Outcomes, int[] Indexes) Fire(CompiledRules rules, Organisation organisation, RuleContext context)
    {
        var scopes = rules.Scopes.For(organisation);
        if (rules.Sequential.Count > 0)
        {
            try
            {
                rules.Sequential.Fire(context, organisation, scopes);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A rule's action threw. NRules reports that, for every rule, with an exception naming the rule and
                // its action: the document goes again through a session of every rule, and NRules raises it (or, if
                // the rule does not throw twice, gives the outcomes).
                var again = context.Fresh();
                Match(rules, rules.EveryRule, rules.Scopes.For(organisation), organisation, again);
                return WithPackDescriptors(rules, again.Outcomes);
            }
        }

        if (rules.NeedsSession)
        {
            Match(rules, rules.SessionFactory, scopes, organisation, context);
        }

        return WithPackDescriptors(rules, context.Outcomes);
    }

    /// <summary>One NRules session from <paramref name="network"/> over the document's facts, fired.</summary>
    private static void Match(CompiledRules rules, ISessionFactory network, ScopeGate.Document scopes, Organisation organisation, RuleContext context)
    {
        var session = rules.CreateSession(network, scopes, session =>
        {
            if (context.Recorder is { } recorder)
            {
                // Reads made by conditions (when facts go in) or by an earlier action belong to no outcome of this one.
                session.Events.RuleFiringEvent += (_, _) => recorder.BeginAction();
            }

            session.Insert(context);
            session.Insert(organisation);
            if (organisation.SupplyChain.Suppliers is { Count: > 0 } suppliers)
            {
                session.InsertAll(suppliers);
            }
        });
        session.Fire();
    }

    /// <summary>
    /// The outcomes with the descriptors their packs give (a pack pinned to an older release may give a rule that
    /// release's default severity), the same list, not a copy, when every outcome has them already; and each one's
    /// rule index, found in the same lookup.
    /// </summary>
    private static (IReadOnlyList<RuleOutcome>, int[]) WithPackDescriptors(CompiledRules rules, IReadOnlyList<RuleOutcome> outcomes)
    {
        List<RuleOutcome>? copy = null;
        var indexes = new int[outcomes.Count];
        for (var i = 0; i < outcomes.Count; i++)
        {
            var own = rules.DescriptorOf(outcomes[i].Descriptor, out indexes[i]);
            if (!ReferenceEquals(own, outcomes[i].Descriptor))
            {
                copy ??= [.. outcomes];
                copy[i] = outcomes[i] with { Descriptor = own };
            }
        }

        return (copy ?? outcomes, indexes);
    }
}

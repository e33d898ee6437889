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
        if (rules.Sequential.Count == 0)
        {
            Session(rules, rules.SessionFactory, rules.Scopes.For(organisation), organisation, context).Fire();
            return WithPackDescriptors(rules, context.Outcomes);
        }

        try
        {
            FireSequentialAndMatched(rules, organisation, context);
            return WithPackDescriptors(rules, context.Outcomes);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A rule's condition or action threw. NRules reports that, for every rule, with an exception naming the
            // rule or the expression: the document goes again through one session of every rule, and NRules raises
            // it (or, if the rule does not throw twice, gives the outcomes).
            var again = context.Fresh();
            Session(rules, rules.EveryRule, rules.Scopes.For(organisation), organisation, again).Fire();
            return WithPackDescriptors(rules, again.Outcomes);
        }
    }

    /// <summary>
    /// The sequential rules and the session of the others, in the network's order of work: every condition tested
    /// before any action runs (the sequential rules' first, then the session's as its facts go in), then the actions.
    /// </summary>
    private static void FireSequentialAndMatched(CompiledRules rules, Organisation organisation, RuleContext context)
    {
        var sequential = rules.Sequential;
        var scopes = rules.Scopes.For(organisation);
        Span<bool> holds = sequential.Count <= 1024 ? stackalloc bool[sequential.Count] : new bool[sequential.Count];
        sequential.Test(context, organisation, holds);
        var session = rules.NeedsSession ? Session(rules, rules.SessionFactory, scopes, organisation, context) : null;
        sequential.Fire(context, organisation, scopes, holds);
        session?.Fire();
    }

    /// <summary>One NRules session from <paramref name="network"/> over the document's facts, its activations on the agenda.</summary>
    private static ISession Session(CompiledRules rules, ISessionFactory network, ScopeGate.Document scopes, Organisation organisation, RuleContext context) =>
        rules.CreateSession(network, scopes, session =>
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

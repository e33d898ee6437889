using System.Linq.Expressions;
using NormsEngine.Model;
using NormsEngine.Rules;
using NRules.Extensibility;
using NRules.RuleModel;

namespace NormsEngine.Engine;

/// <summary>
/// The rules that need no matching, fired in sequence without the Rete session (the idea of Drools' sequential mode
/// for stateless sessions). A document's session always holds exactly one <see cref="RuleContext"/> and one
/// <see cref="Organisation"/>, so a rule whose left-hand side matches only those is activated at most once per
/// document, when its conditions hold, whatever else the session holds; NRules would build its tuple, its activation
/// and its place on the agenda to reach the same single call. Most of the Paris Call pack's rules have that shape
/// (they read the organisation and decide in their action); they are called directly, gated by their scope as on the
/// agenda, and the session keeps the rules that join suppliers (one activation per supplier) or other facts.
/// </summary>
/// <remarks>
/// A rule is sequential only when nothing can make the session's facts differ from one context and one organisation:
/// no rule of the whole set uses the NRules context in an action (which could insert, update or retract facts), and
/// the rule itself has no filter, dependency or source, and fires on activation. Any other rule, and every rule when
/// one of them uses the NRules context, goes through the session as before. The engine keeps the network's order of
/// work: every rule's conditions are tested (<see cref="Test"/>) before the session is created and before any action
/// runs (<see cref="Fire"/>), whatever the rules' scopes, as NRules tests them when the facts go in; only the order of
/// the actions among themselves differs (sequential rules first), and no result depends on it: outcomes are counted,
/// findings, passed rules and explanations sorted.
/// </remarks>
internal sealed class SequentialRules
{
    private readonly Func<RuleContext, Organisation, bool>?[] _conditions;
    private readonly Action<RuleContext, Organisation>[] _actions;
    private readonly int[] _scopes;

    private SequentialRules(Func<RuleContext, Organisation, bool>?[] conditions, Action<RuleContext, Organisation>[] actions, int[] scopes)
    {
        _conditions = conditions;
        _actions = actions;
        _scopes = scopes;
    }

    /// <summary>No sequential rules: every rule goes through the session.</summary>
    public static SequentialRules None { get; } = new([], [], []);

    /// <summary>How many rules fire in sequence.</summary>
    public int Count => _actions.Length;

    /// <summary>
    /// Splits <paramref name="rules"/> into the sequential ones, compiled here, and those the session matches.
    /// </summary>
    /// <param name="rules">Every rule of the packs, in the rule set's order.</param>
    /// <param name="gate">The rules' scopes.</param>
    /// <param name="compiler">Compiles each sequential rule's actions into one delegate.</param>
    /// <param name="matched">The rules left to the session, in their order.</param>
    /// <returns>The sequential rules, in their order.</returns>
    public static SequentialRules Split(IReadOnlyList<IRuleDefinition> rules, ScopeGate gate, IExpressionCompiler compiler, out IReadOnlyList<IRuleDefinition> matched)
    {
        if (rules.Any(UsesSession))
        {
            matched = rules;
            return None;
        }

        var conditions = new List<Func<RuleContext, Organisation, bool>?>();
        var actions = new List<Action<RuleContext, Organisation>>();
        var scopes = new List<int>();
        var rest = new List<IRuleDefinition>(rules.Count);
        foreach (var rule in rules)
        {
            if (Sequential(rule) is var (condition, action))
            {
                conditions.Add(condition is null ? null : compiler.Compile(condition));
                actions.Add(compiler.Compile(action));
                scopes.Add(gate.ScopeOf(rule));
            }
            else
            {
                rest.Add(rule);
            }
        }

        matched = rest;
        return actions.Count == 0 ? None : new SequentialRules([.. conditions], [.. actions], [.. scopes]);
    }

    /// <summary>
    /// Tests every rule's conditions, as the network does when the document's facts go in: before any action runs,
    /// whatever the rule's scope, each pattern's own conditions in order (a pattern's first false one ends its chain,
    /// not the other pattern's), then, if both hold, the conditions that join the two. An exception propagates
    /// unwrapped (NRules would wrap it; the caller decides).
    /// </summary>
    /// <param name="context">The document's rule context.</param>
    /// <param name="organisation">The document's organisation.</param>
    /// <param name="holds">Receives, for each rule in order, whether its conditions hold; <see cref="Count"/> long.</param>
    public void Test(RuleContext context, Organisation organisation, Span<bool> holds)
    {
        for (var i = 0; i < _conditions.Length; i++)
        {
            holds[i] = _conditions[i]?.Invoke(context, organisation) ?? true;
        }
    }

    /// <summary>
    /// Calls the action of each rule whose conditions held (<see cref="Test"/>) and whose scope holds for the
    /// document, in order. An exception propagates unwrapped (NRules would wrap it; the caller decides).
    /// </summary>
    /// <param name="context">The document's rule context; receives the outcomes.</param>
    /// <param name="organisation">The document's organisation.</param>
    /// <param name="scopes">The document's scopes.</param>
    /// <param name="holds">Whether each rule's conditions held, from <see cref="Test"/>.</param>
    public void Fire(RuleContext context, Organisation organisation, ScopeGate.Document scopes, ReadOnlySpan<bool> holds)
    {
        var recorder = context.Recorder;
        for (var i = 0; i < _actions.Length; i++)
        {
            if (holds[i] && scopes.Holds(_scopes[i]))
            {
                // As the session's firing event does: what was read before belongs to no outcome of this rule.
                recorder?.BeginAction();
                _actions[i](context, organisation);
            }
        }
    }

    /// <summary>
    /// The rule's conditions (<c>null</c> for none) and actions, each as one delegate over the context and the
    /// organisation; or <c>null</c> when the rule is not sequential: its left-hand side is not one or two patterns of
    /// those two types, or it has a filter or a dependency, or an action that does not fire on activation.
    /// </summary>
    private static (Expression<Func<RuleContext, Organisation, bool>>? Condition, Expression<Action<RuleContext, Organisation>> Action)? Sequential(IRuleDefinition rule)
    {
        if (rule.FilterGroup.Filters.Count != 0 || rule.DependencyGroup.Dependencies.Count != 0
            || rule.LeftHandSide is not { ElementType: ElementType.And } lhs || lhs.ChildElements.Count == 0
            || rule.RightHandSide.Actions.Count == 0)
        {
            return null;
        }

        var context = Expression.Parameter(typeof(RuleContext), "context");
        var organisation = Expression.Parameter(typeof(Organisation), "organisation");
        var facts = new Dictionary<Declaration, ParameterExpression>();
        Expression? alpha = null;
        Expression? join = null;
        foreach (var element in lhs.ChildElements)
        {
            if (element is not PatternElement { Source: null } pattern
                || pattern.Expressions.Any(e => e.Name != PatternElement.ConditionName))
            {
                return null;
            }

            var parameter = pattern.ValueType == typeof(RuleContext) ? context
                : pattern.ValueType == typeof(Organisation) ? organisation
                : null;
            if (parameter is null || facts.ContainsValue(parameter))
            {
                return null;
            }

            facts[pattern.Declaration] = parameter;

            // As NRules builds them: a condition that imports only its pattern's fact is a selection node of that
            // fact's chain; one that imports earlier patterns' facts too is a condition of the join, tested only when
            // both chains hold. A condition cannot import a later pattern's fact (not in the facts yet: not sequential).
            Expression? own = null;
            foreach (var condition in pattern.Expressions)
            {
                if (Body(condition, skip: 0, facts) is not { } body || body.Type != typeof(bool))
                {
                    return null;
                }

                if (condition.Imports.Count == 1 && condition.Imports.Contains(pattern.Declaration))
                {
                    own = own is null ? body : Expression.AndAlso(own, body);
                }
                else
                {
                    join = join is null ? body : Expression.AndAlso(join, body);
                }
            }

            // Each chain is walked whatever the other gives: And, not AndAlso.
            alpha = own is null ? alpha : alpha is null ? own : Expression.And(alpha, own);
        }

        var test = alpha is null ? join : join is null ? alpha : Expression.AndAlso(alpha, join);

        // Actions: NRules passes its context first (no rule here uses it), then the facts they import.
        var calls = new List<Expression>(rule.RightHandSide.Actions.Count);
        foreach (var action in rule.RightHandSide.Actions)
        {
            if (!action.ActionTrigger.HasFlag(ActionTrigger.Activated) || Body(action, skip: 1, facts) is not { } body)
            {
                return null;
            }

            calls.Add(body);
        }

        return (
            test is null ? null : Expression.Lambda<Func<RuleContext, Organisation, bool>>(test, rule.Name, [context, organisation]),
            Expression.Lambda<Action<RuleContext, Organisation>>(calls.Count == 1 ? calls[0] : Expression.Block(typeof(void), calls), rule.Name, [context, organisation]));
    }

    /// <summary>
    /// The body of <paramref name="element"/>'s lambda over <paramref name="facts"/>: its parameters after the first
    /// <paramref name="skip"/> are the facts it imports, in order; those skipped become <c>null</c> (never read: see
    /// <see cref="UsesSession"/>). <c>null</c> when an import is not one of the facts or not of its type.
    /// </summary>
    private static Expression? Body(ExpressionElement element, int skip, Dictionary<Declaration, ParameterExpression> facts)
    {
        var parameters = element.Expression.Parameters;
        if (element.Imports.Count != parameters.Count - skip)
        {
            return null;
        }

        var replacements = new Dictionary<ParameterExpression, Expression>();
        for (var i = 0; i < skip; i++)
        {
            replacements[parameters[i]] = Expression.Constant(null, parameters[i].Type);
        }

        var index = skip;
        foreach (var import in element.Imports)
        {
            var parameter = parameters[index++];
            if (!facts.TryGetValue(import, out var fact) || parameter.Type != fact.Type || parameter.Name != import.Name)
            {
                return null;
            }

            replacements[parameter] = fact;
        }

        return new Replacer(replacements).Visit(element.Expression.Body);
    }

    /// <summary>Whether any action of <paramref name="rule"/> uses the NRules context (which can change the session's facts).</summary>
    private static bool UsesSession(IRuleDefinition rule)
    {
        foreach (var action in rule.RightHandSide.Actions)
        {
            var session = action.Expression.Parameters[0];
            if (new Finder(session).Finds(action.Expression.Body))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Puts each parameter's replacement in its place.</summary>
    private sealed class Replacer(Dictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            replacements.TryGetValue(node, out var replacement) ? replacement : node;
    }

    /// <summary>Finds one parameter in an expression.</summary>
    private sealed class Finder(ParameterExpression parameter) : ExpressionVisitor
    {
        private bool _found;

        public bool Finds(Expression expression)
        {
            Visit(expression);
            return _found;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found |= node == parameter;
            return node;
        }
    }
}

using System.Collections.Concurrent;
using System.Linq.Expressions;
using NormsEngine.Model;
using NormsEngine.Rules;
using NRules.RuleModel;

namespace NormsEngine.Engine;

/// <summary>
/// The document values a C# rule's conditions on the organisation read (<c>o =&gt; o.IncidentResponse.Plan.Exists ==
/// true</c> reads <c>incidentResponse.plan.exists</c>), taken from the rule's NRules definition, so that a rule that
/// gave no outcome although its scope held can say which value kept it from applying, with no more code from its
/// author. Scope calls (<c>Scopes.EssentialService(o)</c>) and helper methods read no chain of properties and add
/// nothing. Used only when explaining; each rule type is read once.
/// </summary>
internal static class RuleConditions
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> Cache = new();

    /// <summary>The YAML paths the organisation conditions of the pack's rule <paramref name="ruleId"/> read, in order.</summary>
    /// <param name="pack">The pack that owns the rule.</param>
    /// <param name="ruleId">The rule's ID.</param>
    /// <returns>The paths; none when the rule is not a C# rule type with a static <c>Descriptor</c> field.</returns>
    public static IReadOnlyList<string> PathsRead(IRulePack pack, string ruleId)
    {
        foreach (var type in pack.RuleTypes)
        {
            if (ScopeGate.DescriptorOf(type) is { } descriptor && descriptor.Id == ruleId)
            {
                return Cache.GetOrAdd(type, Read);
            }
        }

        return [];
    }

    private static IReadOnlyList<string> Read(Type ruleType)
    {
        var paths = new List<string>();
        foreach (var definition in RuleDefinitions.FromTypes([ruleType]))
        {
            foreach (var pattern in Patterns(definition.LeftHandSide).Where(p => p.ValueType == typeof(Organisation)))
            {
                foreach (var condition in pattern.Expressions)
                {
                    new ChainFinder(paths).Visit(condition.Expression.Body);
                }
            }
        }

        return [.. paths.Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<PatternElement> Patterns(RuleElement element) => element switch
    {
        PatternElement pattern => [pattern],
        GroupElement group => group.ChildElements.SelectMany(Patterns),
        _ => [],
    };

    /// <summary>Collects each longest chain of model properties from the pattern's parameter.</summary>
    private sealed class ChainFinder(List<string> paths) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node)
        {
            // Keep the part of the chain that walks the model (drop Nullable's .Value, a list's .Count).
            Expression? model = node;
            while (model is MemberExpression member && member.Member.DeclaringType?.Namespace != typeof(Organisation).Namespace)
            {
                model = member.Expression;
            }

            if (model is MemberExpression chain && Root(chain) is ParameterExpression { Type: var type } && type == typeof(Organisation))
            {
                paths.Add(MemberPath.Relative(chain));
                return node;
            }

            return base.VisitMember(node);
        }

        private static Expression? Root(Expression? expression)
        {
            while (expression is MemberExpression member)
            {
                expression = member.Expression;
            }

            return expression;
        }
    }
}

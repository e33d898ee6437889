using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using NormsEngine.Model;

namespace NormsEngine.Rules;

/// <summary>Turns a member expression on a model object (<c>o =&gt; o.Hygiene.Mfa.AdminPct</c>) into its YAML path.</summary>
internal static class MemberPath
{
    private static readonly ConcurrentDictionary<(Type, string), string> Cache = new();

    // An expression kept in a static field is looked up by reference and never walked again; one written inline is
    // a new tree on every call, walked once and then dropped with its entry.
    private static readonly ConditionalWeakTable<LambdaExpression, string> ByExpression = new();

    public static string Of(object target, LambdaExpression member)
    {
        if (!ByExpression.TryGetValue(member, out var relative))
        {
            relative = Relative(member.Body);
            ByExpression.AddOrUpdate(member, relative);
        }

        var prefix = target is Supplier supplier ? supplier.Path : string.Empty;
        return prefix.Length == 0 ? relative : relative.Length == 0 ? prefix : prefix + "." + relative;
    }

    /// <summary>The path of a chain of properties from a rule's target, without the target's own prefix.</summary>
    internal static string Relative(Expression body)
    {
        var names = new List<MemberInfo>(4);
        var current = body;
        while (true)
        {
            switch (current)
            {
                case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert:
                    current = convert.Operand;
                    continue;
                case MemberExpression { Expression: { } inner } member:
                    names.Add(member.Member);
                    current = inner;
                    continue;
                case ParameterExpression:
                    break;
                default:
                    throw new ArgumentException($"'{body}' is not a chain of properties from the rule's target.", nameof(body));
            }

            break;
        }

        names.Reverse();
        var key = (names.Count > 0 ? names[0].DeclaringType! : typeof(object), string.Join('.', names.Select(n => n.Name)));
        return Cache.GetOrAdd(key, static (_, list) => string.Join('.', list.Select(n => FieldCatalog.YamlName(n.Name))), names);
    }
}

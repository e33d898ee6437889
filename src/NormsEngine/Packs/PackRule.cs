using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.Packs;

/// <summary>
/// One rule of a YAML pack, checked and ready: its descriptor, conditions and message arguments. It compiles to
/// an NRules rule definition whose patterns match the context, the organisation and, for <c>forEach</c> rules,
/// each supplier (a Rete join); <c>appliesWhen</c> is the join's condition and the action reports the outcome.
/// </summary>
internal sealed class PackRule(RuleDescriptor descriptor, PackCondition? appliesWhen, PackCondition failsWhen, string? forEach, IReadOnlyList<PackPath> messageArguments, SourceLocation? idLocation = null)
{
    private static readonly MethodInfo AppliesMethod = typeof(PackRule).GetMethod(nameof(Applies), BindingFlags.Instance | BindingFlags.NonPublic)!;
    private static readonly MethodInfo ReportMethod = typeof(PackRule).GetMethod(nameof(Report), BindingFlags.Instance | BindingFlags.NonPublic)!;

    public RuleDescriptor Descriptor { get; } = descriptor;

    /// <summary>Where the pack file gives the rule's <c>id</c>: a rule ID defined by two packs (NE0102) is reported there.</summary>
    public SourceLocation? IdLocation { get; } = idLocation;

    /// <summary>Builds the NRules definition: patterns on the model's fact types, conditions and action as expression trees.</summary>
    public IRuleDefinition Build(string packId)
    {
        var context = Expression.Parameter(typeof(RuleContext), "context");
        var organisation = Expression.Parameter(typeof(Organisation), "organisation");
        var item = Expression.Parameter(typeof(Supplier), "item");
        Expression itemOrNull = forEach is not null ? item : Expression.Constant(null, typeof(Supplier));
        var self = Expression.Constant(this);

        var builder = new RuleBuilder();
        builder.Name(packId + ":" + Descriptor.Id);
        builder.Description(Descriptor.Title);
        builder.Tag(packId);
        var lhs = builder.LeftHandSide();
        lhs.Pattern(typeof(RuleContext), context.Name);
        var organisationPattern = lhs.Pattern(typeof(Organisation), organisation.Name);
        var itemPattern = forEach is not null ? lhs.Pattern(typeof(Supplier), item.Name) : null;
        if (appliesWhen is not null)
        {
            // The scope filters in the network: on the organisation when it reads only the organisation, else on the join.
            if (itemPattern is not null && appliesWhen.ReadsItem)
            {
                itemPattern.Condition(Expression.Lambda(Expression.Call(self, AppliesMethod, context, organisation, item), item, organisation, context));
            }
            else
            {
                organisationPattern.Condition(Expression.Lambda(Expression.Call(self, AppliesMethod, context, organisation, Expression.Constant(null, typeof(Supplier))), organisation, context));
            }
        }

        var nrulesContext = Expression.Parameter(typeof(IContext), "ctx");
        ParameterExpression[] parameters = forEach is not null ? [nrulesContext, context, organisation, item] : [nrulesContext, context, organisation];
        builder.RightHandSide().Action(Expression.Lambda(Expression.Call(self, ReportMethod, context, organisation, itemOrNull), parameters));
        return builder.Build();
    }

    /// <summary>
    /// Whether the rule applies: <c>appliesWhen</c> is true (unknown because a value is not declared does not apply),
    /// or unknown because a declared value could not be tested (an extension value of the wrong type, a <c>matches</c>
    /// test that could not run): that scope is noted, and <see cref="Report"/> reports it as insufficient data rather
    /// than letting the rule silently not apply.
    /// </summary>
    internal bool Applies(RuleContext context, Organisation organisation, Supplier? item)
    {
        if (appliesWhen is null)
        {
            return true;
        }

        var result = appliesWhen.Evaluate(new PackScope(context, organisation, item));
        if (result.Value is null && result.Unknown.Any(u => u.Undecidable))
        {
            PatternBudget.Of(context).NoteUndecidedScope(this, item, result.Unknown);
            return true;
        }

        return result.Value == true;
    }

    /// <summary>Evaluates <c>failsWhen</c> and reports the outcome through the context, as a C# rule would.</summary>
    internal void Report(RuleContext context, Organisation organisation, Supplier? item)
    {
        // A scope on the organisation alone is noted without the item.
        if ((PatternBudget.Of(context).UndecidedScope(this, item) ?? PatternBudget.Of(context).UndecidedScope(this, null)) is { } scope)
        {
            context.InsufficientData(Descriptor, [.. scope.Select(u => u.Display)], at: item?.Path ?? scope[0].Path);
            return;
        }

        var result = failsWhen.Evaluate(new PackScope(context, organisation, item));
        switch (result.Value)
        {
            case true:
                var args = messageArguments.Select(p => (object?)PackValue.Format(p.Read(organisation, item))).ToArray();
                context.Add(new RuleOutcome(Descriptor, Outcome.Failed, result.Witness!, string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, args), []));
                break;
            case false:
                context.Add(new RuleOutcome(Descriptor, Outcome.Passed, failsWhen.FirstTest.Field.Absolute(item), string.Empty, []));
                break;
            default:
                // Located at the item for forEach rules (one outcome per supplier), else at the first value missing.
                context.InsufficientData(Descriptor, [.. result.Unknown.Select(u => u.Display)], at: item?.Path ?? result.Unknown[0].Path);
                break;
        }
    }
}

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

    /// <summary>The list the rule runs over, once per item (<c>supplyChain.suppliers</c>), or <c>null</c>.</summary>
    public string? ForEach { get; } = forEach;

    /// <summary>When the rule applies, or <c>null</c> when it always does.</summary>
    public PackCondition? AppliesWhen { get; } = appliesWhen;

    /// <summary>When the rule fails.</summary>
    public PackCondition FailsWhen { get; } = failsWhen;

    /// <summary>The rule's message as the pack writes it, its values named by their paths.</summary>
    public string Message => MessageTemplate.Written(Descriptor.MessageFormat, messageArguments);

    /// <summary>The paths <see cref="FailsWhen"/> reads, in document order, each once, as written (<c>item.</c> paths included).</summary>
    public IReadOnlyList<string> CheckedPaths => [.. FailsWhen.Paths.Select(p => p.Text).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The rule in sentences, each condition last in its sentence so that a list of conditions ends with it: "The rule
    /// applies only when A. It fails when B. It runs once per item of C (item. paths name the item's fields)."
    /// </summary>
    public string Describe() => Describe(Wording.Plain);

    /// <summary>The rule in sentences, its names and values set off as <paramref name="wording"/> says.</summary>
    public string Describe(Wording wording) =>
        (AppliesWhen is null ? "The rule fails when " : $"The rule applies only when {AppliesWhen.Describe(wording)}. It fails when ")
        + FailsWhen.Describe(wording) + "."
        + (ForEach is null ? string.Empty : $" It runs once per item of {wording.Code(ForEach)} ({wording.Code(PackPath.ItemPrefix)} paths name the item's fields).");

    /// <summary>Builds the NRules definition: patterns on the model's fact types, conditions and action as expression trees.</summary>
    public IRuleDefinition Build(string packId)
    {
        var context = Expression.Parameter(typeof(RuleContext), "context");
        var organisation = Expression.Parameter(typeof(Organisation), "organisation");
        var item = Expression.Parameter(typeof(Supplier), "item");
        Expression itemOrNull = ForEach is not null ? item : Expression.Constant(null, typeof(Supplier));
        var self = Expression.Constant(this);

        var builder = new RuleBuilder();
        builder.Name(packId + ":" + Descriptor.Id);
        builder.Description(Descriptor.Title);
        builder.Tag(packId);
        var lhs = builder.LeftHandSide();
        lhs.Pattern(typeof(RuleContext), context.Name);
        var organisationPattern = lhs.Pattern(typeof(Organisation), organisation.Name);
        var itemPattern = ForEach is not null ? lhs.Pattern(typeof(Supplier), item.Name) : null;
        if (AppliesWhen is not null)
        {
            // The scope filters in the network: on the organisation when it reads only the organisation, else on the join.
            if (itemPattern is not null && AppliesWhen.ReadsItem)
            {
                itemPattern.Condition(Expression.Lambda(Expression.Call(self, AppliesMethod, context, organisation, item), item, organisation, context));
            }
            else
            {
                organisationPattern.Condition(Expression.Lambda(Expression.Call(self, AppliesMethod, context, organisation, Expression.Constant(null, typeof(Supplier))), organisation, context));
            }
        }

        var nrulesContext = Expression.Parameter(typeof(IContext), "ctx");
        ParameterExpression[] parameters = ForEach is not null ? [nrulesContext, context, organisation, item] : [nrulesContext, context, organisation];
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
        if (AppliesWhen is null)
        {
            return true;
        }

        var result = AppliesWhen.Evaluate(new PackScope(context, organisation, item));
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

        var result = FailsWhen.Evaluate(new PackScope(context, organisation, item));
        switch (result.Value)
        {
            case true:
                var args = messageArguments.Select(p => (object?)PackValue.Format(p.Read(organisation, item))).ToArray();
                context.Add(new RuleOutcome(Descriptor, Outcome.Failed, result.Witness!, string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, args), []));
                break;
            case false:
                context.Add(new RuleOutcome(Descriptor, Outcome.Passed, FailsWhen.FirstTest.Field.Absolute(item), string.Empty, []));
                break;
            default:
                // Located at the item for forEach rules (one outcome per supplier), else at the first value missing.
                context.InsufficientData(Descriptor, [.. result.Unknown.Select(u => u.Display)], at: item?.Path ?? result.Unknown[0].Path);
                break;
        }
    }
}

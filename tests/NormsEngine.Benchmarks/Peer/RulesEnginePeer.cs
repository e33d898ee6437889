using System.Text.Json;
using NormsEngine.Benchmarks.Agreement;
using NormsEngine.Model;
using NormsEngine.ParisCall;
using RulesEngine.Models;

namespace NormsEngine.Benchmarks.Peer;

/// <summary>
/// The peer: the 51 Paris Call checks written the way a Microsoft RulesEngine user would write them, as a JSON workflow
/// (<c>Peer/paris-call.workflow.json</c>, embedded) of System.Linq.Dynamic.Core expressions. Every decision lives in the
/// JSON: the scopes are one global param, <c>scope</c>, and each check is a rule whose expression is its applicability and
/// whose local params hold its values, its three-valued conditions and, last, <c>outcome</c>: the status and the YAML path
/// (<c>"Failed hygiene.mfa.adminPct"</c>). This class only feeds the inputs, runs the workflows (the organisation's once,
/// the suppliers' once per supplier) and reads each applicable rule's <c>outcome</c>. Build it once and reuse it:
/// RulesEngine compiles and caches the expressions per workflow.
/// </summary>
/// <remarks>
/// The outcome is read from the rule's inputs rather than produced by an <c>OutputExpression</c> action because
/// RulesEngine types an action's parameters by their runtime values: a local param that is <c>null</c> (an undeclared
/// value, the very case three-valued logic is about) becomes an <c>object</c>, and <c>fails == true</c> no longer parses.
/// The scopes are one object (<c>new (... as essentialService, ...)</c>, read as <c>scope.essentialService</c>) rather
/// than twenty global params because RulesEngine hands every global param to every rule as an input: twenty of them
/// made each document about 60% slower.
/// </remarks>
internal sealed class RulesEnginePeer
{
    /// <summary>The workflow of the 48 checks on the organisation.</summary>
    public const string OrganisationWorkflow = "ParisCall.Organisation";

    /// <summary>The workflow of the 3 per-supplier checks, run once per supplier.</summary>
    public const string SupplierWorkflow = "ParisCall.Supplier";

    /// <summary>The local param of every rule that holds its outcome.</summary>
    private const string OutcomeParam = "outcome";

    private const string WorkflowResource = "NormsEngine.Benchmarks.Peer.paris-call.workflow.json";

    /// <summary>The model's enums, so that expressions can name their values (<c>NetworkKind.Isp</c>).</summary>
    private static readonly Type[] ModelEnums =
    [
        typeof(Nis2Entity), typeof(NetworkKind), typeof(DnsRole), typeof(ElectionRole), typeof(OrganisationType),
        typeof(DlpCoverage), typeof(VulnerabilityDisposition), typeof(HackBackPractice), typeof(LegalAuthority),
        typeof(EscalationTarget), typeof(FirstMembership),
    ];

    private readonly RulesEngine.RulesEngine _engine;
    private readonly RuleParameter _thresholds;

    /// <summary>Parses the workflows, builds the rules engine and compiles both workflows.</summary>
    /// <param name="thresholds">Threshold overrides on top of the pack's defaults, or <c>null</c> for the defaults.</param>
    public RulesEnginePeer(IReadOnlyDictionary<string, decimal>? thresholds = null)
    {
        var values = new Dictionary<string, decimal>(ParisCallThresholds.Defaults, StringComparer.Ordinal);
        foreach (var (name, value) in thresholds ?? new Dictionary<string, decimal>())
        {
            values[name] = value;
        }

        _thresholds = new RuleParameter("thresholds", values);
        _engine = new RulesEngine.RulesEngine(Workflows(), new ReSettings
        {
            CustomTypes = ModelEnums,
            // A broken expression or a failing evaluation must throw, never turn silently into "not applicable".
            EnableExceptionAsErrorMessage = false,
            AutoExecuteActions = false,
        });

        // Compile both workflows now (RulesEngine compiles on first execution), against an empty document.
        _ = Evaluate(new Organisation { SupplyChain = new SupplyChain { Suppliers = [new Supplier()] } }, DateOnly.MinValue);
    }

    /// <summary>The workflows as the JSON declares them.</summary>
    /// <returns>The organisation's and the suppliers' workflows.</returns>
    public static Workflow[] Workflows()
    {
        using var stream = typeof(RulesEnginePeer).Assembly.GetManifestResourceStream(WorkflowResource)
            ?? throw new InvalidOperationException($"The resource {WorkflowResource} is missing.");
        return JsonSerializer.Deserialize<Workflow[]>(stream)
            ?? throw new InvalidOperationException($"The resource {WorkflowResource} holds no workflows.");
    }

    /// <summary>Every outcome of the 51 checks for a document: its organisation's, then each supplier's.</summary>
    /// <param name="organisation">The bound organisation.</param>
    /// <param name="asOf">The date every age check compares with.</param>
    /// <returns>The outcomes, sorted.</returns>
    public List<CheckOutcome> Evaluate(Organisation organisation, DateOnly asOf)
    {
        // Without actions RulesEngine never awaits anything: the result is there already.
        var pending = EvaluateAsync(organisation, asOf);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Every outcome of the 51 checks for a document: its organisation's, then each supplier's.</summary>
    /// <param name="organisation">The bound organisation.</param>
    /// <param name="asOf">The date every age check compares with.</param>
    /// <returns>The outcomes, sorted.</returns>
    public async ValueTask<List<CheckOutcome>> EvaluateAsync(Organisation organisation, DateOnly asOf)
    {
        var outcomes = new List<CheckOutcome>();
        var o = new RuleParameter("o", organisation);
        var date = new RuleParameter("asOf", asOf);
        Collect(await _engine.ExecuteAllRulesAsync(OrganisationWorkflow, o, date, _thresholds).ConfigureAwait(false), outcomes);
        if (organisation.SupplyChain.Suppliers is { } suppliers)
        {
            foreach (var supplier in suppliers)
            {
                var s = new RuleParameter("s", supplier);
                Collect(await _engine.ExecuteAllRulesAsync(SupplierWorkflow, o, s, date, _thresholds).ConfigureAwait(false), outcomes);
            }
        }

        outcomes.Sort();
        return outcomes;
    }

    /// <summary>Reads each applicable rule's <c>outcome</c>, <c>"&lt;status&gt; &lt;path&gt;"</c>; a rule that does not apply gives none.</summary>
    private static void Collect(List<RuleResultTree> results, List<CheckOutcome> outcomes)
    {
        foreach (var result in results)
        {
            if (!result.IsSuccess)
            {
                continue;
            }

            var output = result.Inputs.GetValueOrDefault(OutcomeParam) as string
                ?? throw new InvalidOperationException($"Rule {result.Rule.RuleName} applies but gave no outcome.");
            var space = output.IndexOf(' ', StringComparison.Ordinal);
            outcomes.Add(new CheckOutcome(result.Rule.RuleName, Enum.Parse<CheckStatus>(output.AsSpan(0, space)), output[(space + 1)..]));
        }
    }
}

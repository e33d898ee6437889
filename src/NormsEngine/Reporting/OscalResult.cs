using System.Globalization;
using System.Text.Json;
using NormsEngine.Diagnostics;
using static NormsEngine.Reporting.OscalJson;

namespace NormsEngine.Reporting;

/// <summary>
/// One document as an OSCAL <c>result</c>: the controls reviewed (the rules that gave an outcome), the principle
/// verdicts as properties, an observation per outcome, a risk per suppressed finding (an accepted exception) and a
/// finding per rule and target, whose target is the rule's assessment objective in the catalog
/// (<c>norms catalog --format oscal</c>).
/// </summary>
/// <remarks>
/// Insufficient data is a finding <c>not-satisfied</c> with the reason <c>other</c> (not <c>fail</c>) and our
/// <c>outcome</c> property <c>insufficientData</c>: OSCAL has no third state, and leaving the finding out would make
/// the control look reviewed with nothing to say, where a GRC platform must show that it is not shown satisfied.
/// Suppressed and baselined findings stay <c>not-satisfied</c>, as verdicts count them (evaluation.md); a
/// suppression is also a risk with the status <c>risk-accepted</c>, its justification as the statement and its expiry
/// as the deadline; both carry our <c>suppression</c> and <c>baseline-state</c> properties.
/// </remarks>
internal sealed class OscalResult(Utf8JsonWriter json, DocumentReport document, bool multiple, OscalParties parties)
{
    private readonly HashSet<string> _uuids = new(StringComparer.Ordinal);
    private readonly string _collected = OscalJson.DateTime(document.AsOf);

    /// <summary>The name a document's UUIDs are derived from: its file (with <c>/</c>) and index.</summary>
    public static string DocumentKey(DocumentReport document) =>
        (document.File ?? "<input>").Replace('\\', '/') + "#" + document.Index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The result's UUID.</summary>
    public string Uuid { get; } = OscalUuid.Of("result\n" + DocumentKey(document));

    /// <summary>Writes the result.</summary>
    public void Write()
    {
        var outcomes = OscalOutcome.Of(document);
        var organisation = parties.Organisation(document, multiple);
        var subjects = new Dictionary<string, OscalParty>(StringComparer.Ordinal) { [string.Empty] = organisation };
        foreach (var outcome in outcomes)
        {
            if (!subjects.ContainsKey(outcome.Target))
            {
                subjects[outcome.Target] = parties.Supplier(document, organisation, outcome.Target);
            }
        }

        var observations = outcomes.Select(o => Unique("observation\n" + o.Key)).ToList();
        json.WriteStartObject();
        json.WriteString("uuid", Uuid);
        json.WriteString("title", organisation.Name + (document.Name is null ? string.Empty : " (" + MessageText.Line(document.DisplayName(multiple)) + ")"));
        json.WriteString(
            "description",
            $"The practices document {MessageText.Line(document.DisplayName(multiple))} assessed by norms check against the rules of the loaded packs, as of {Names.Of(document.AsOf)} ({Names.Describe(document.AsOfSource)}).");
        json.WriteString("start", _collected);
        WriteResultProps();
        WriteReviewedControls(outcomes);
        if (outcomes.Count > 0)
        {
            json.WriteStartArray("observations");
            for (var i = 0; i < outcomes.Count; i++)
            {
                WriteObservation(outcomes[i], observations[i], subjects[outcomes[i].Target]);
            }

            json.WriteEndArray();
        }

        var risks = new string?[outcomes.Count];
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i] is { IsRuleOutcome: true, Finding.Suppression: not null })
            {
                risks[i] = Unique("risk\n" + outcomes[i].Key);
            }
        }

        if (Array.Exists(risks, r => r is not null))
        {
            json.WriteStartArray("risks");
            for (var i = 0; i < outcomes.Count; i++)
            {
                if (risks[i] is { } uuid)
                {
                    WriteRisk(outcomes[i], uuid, observations[i]);
                }
            }

            json.WriteEndArray();
        }

        if (outcomes.Any(o => o.IsRuleOutcome))
        {
            json.WriteStartArray("findings");
            for (var i = 0; i < outcomes.Count; i++)
            {
                if (outcomes[i].IsRuleOutcome)
                {
                    WriteFinding(outcomes[i], observations[i], risks[i], subjects[outcomes[i].Target]);
                }
            }

            json.WriteEndArray();
        }

        if (!document.Evaluated)
        {
            json.WriteString("remarks", Names.NotEvaluated + ".");
        }

        json.WriteEndObject();
    }

    /// <summary>A UUID for <paramref name="name"/> not yet used in this result (a rule reporting twice at one path gets a second one).</summary>
    private string Unique(string name)
    {
        var uuid = OscalUuid.Of(name);
        for (var n = 2; !_uuids.Add(uuid); n++)
        {
            uuid = OscalUuid.Of(name + "\n" + n.ToString(CultureInfo.InvariantCulture));
        }

        return uuid;
    }

    private void WriteResultProps()
    {
        json.WriteStartArray("props");
        Prop(json, "document-index", document.Index.ToString(CultureInfo.InvariantCulture));
        Prop(json, "file", document.File);
        Prop(json, "as-of", Names.Of(document.AsOf));
        Prop(json, "as-of-source", Names.Of(document.AsOfSource));
        Prop(json, "evaluated", document.Evaluated ? "true" : "false");
        foreach (var principle in document.Principles)
        {
            // A principle's properties share its id as their group: verdict, score, and the accepted failures.
            var group = Group(principle.Principle.Id);
            var title = MessageText.Line(principle.Principle.Id + " " + principle.Principle.Title);
            Prop(json, "verdict", Names.Of(principle.Verdict), group, title);
            if (principle.Score is { } score)
            {
                Prop(json, "score", score.ToString(CultureInfo.InvariantCulture), group);
            }

            if (principle.Suppressed > 0)
            {
                Prop(json, "suppressed", principle.Suppressed.ToString(CultureInfo.InvariantCulture), group, $"{title}: failures accepted by a suppression, still counted in the verdict");
            }

            if (principle.Baselined > 0)
            {
                Prop(json, "baselined", principle.Baselined.ToString(CultureInfo.InvariantCulture), group, $"{title}: failures in the baseline, still counted in the verdict");
            }
        }

        json.WriteEndArray();
    }

    /// <summary>A principle's id as a property group: <c>p1</c>; <c>null</c> when it cannot be a token.</summary>
    private static string? Group(string principleId)
    {
        var group = principleId.ToLowerInvariant();
        return IsToken(group) ? group : null;
    }

    private void WriteReviewedControls(List<OscalOutcome> outcomes)
    {
        var controls = outcomes.Where(o => o.IsRuleOutcome).Select(o => ControlId(o.RuleId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        json.WriteStartObject("reviewed-controls");
        json.WriteStartArray("control-selections");
        json.WriteStartObject();
        if (controls.Count > 0)
        {
            json.WriteStartArray("include-controls");
            foreach (var control in controls)
            {
                json.WriteStartObject();
                json.WriteString("control-id", control);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteString("remarks", controls.Count > 0
            ? "The rules of the loaded packs that gave an outcome for this document; the other rules did not apply to it (their scope did not hold, or configuration turned them off)."
            : document.Evaluated
                ? "No rule of the loaded packs applied to this document (their scopes did not hold, or configuration turned them off)."
                : "No control was reviewed: " + Names.NotEvaluated + ".");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteObservation(OscalOutcome outcome, string uuid, OscalParty subject)
    {
        var finding = outcome.Finding;
        json.WriteStartObject();
        json.WriteString("uuid", uuid);
        json.WriteString("title", outcome.Outcome switch
        {
            Outcome.Passed => $"{outcome.RuleId} passed for {subject.Name}",
            Outcome.Failed => $"{outcome.RuleId} failed for {subject.Name}",
            Outcome.InsufficientData => $"{outcome.RuleId} lacks data for {subject.Name}",
            _ => $"{outcome.RuleId}: {MessageText.Line(finding!.Descriptor.Title)}",
        });
        json.WriteString("description", finding is null
            ? $"{outcome.RuleId} applies to {subject.Name} and its condition does not hold: the rule passed."
            : MessageText.Line(finding.Message));
        json.WriteStartArray("props");
        Prop(json, "rule-id", outcome.RuleId);
        Prop(json, "outcome", outcome.IsRuleOutcome ? Names.Of(outcome.Outcome) : "diagnostic");
        Prop(json, "principle", outcome.Principle);
        WriteFindingProps(finding);
        json.WriteEndArray();
        json.WriteStartArray("methods");
        json.WriteStringValue("TEST");
        json.WriteEndArray();
        json.WriteStartArray("types");
        json.WriteStringValue(outcome.IsRuleOutcome ? "control-objective" : "finding");
        json.WriteEndArray();
        json.WriteStartArray("subjects");
        json.WriteStartObject();
        json.WriteString("subject-uuid", subject.Uuid);
        json.WriteString("type", "party");
        json.WriteString("title", subject.Name);
        json.WriteEndObject();
        json.WriteEndArray();
        WriteEvidence(outcome);
        json.WriteString("collected", _collected);
        json.WriteEndObject();
    }

    /// <summary>Where the evidence is: the file (as a reference), the YAML path, and the line and column when the outcome has them.</summary>
    private void WriteEvidence(OscalOutcome outcome)
    {
        var location = outcome.Finding?.Location;
        var file = location is null ? document.File : location.File ?? document.File;
        var path = outcome.Path.Length == 0 ? "the document root" : MessageText.Line(outcome.Path);
        var where = location is { Line: > 0 }
            ? $"{path} at line {location.Line.ToString(CultureInfo.InvariantCulture)}, column {location.Column.ToString(CultureInfo.InvariantCulture)}"
            : path;
        json.WriteStartArray("relevant-evidence");
        json.WriteStartObject();
        if (file is not null)
        {
            json.WriteString("href", FileReference(file));
        }

        json.WriteString("description", file is null ? where : $"{where} of {MessageText.Line(file)}");
        json.WriteStartArray("props");
        Prop(json, "path", outcome.Path.Length == 0 ? "(document)" : outcome.Path);
        Prop(json, "file", file);
        if (location is { Line: > 0 })
        {
            Prop(json, "line", location.Line.ToString(CultureInfo.InvariantCulture));
            Prop(json, "column", location.Column.ToString(CultureInfo.InvariantCulture));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>The properties of a finding that observations and findings repeat: severity, fingerprint, suppression, baseline state.</summary>
    private void WriteFindingProps(Finding? finding)
    {
        if (finding is null)
        {
            return;
        }

        Prop(json, "severity", Names.Of(finding.Severity));
        Prop(json, "fingerprint", finding.Fingerprint);
        if (finding.Suppression is { } suppression)
        {
            Prop(json, "suppression", Names.Of(suppression.Kind), remarks: MessageText.Line(suppression.Justification));
        }

        if (finding.BaselineState is { } state)
        {
            Prop(json, "baseline-state", Names.Of(state));
        }
    }

    private void WriteRisk(OscalOutcome outcome, string uuid, string observation)
    {
        var finding = outcome.Finding!;
        var suppression = finding.Suppression!;
        json.WriteStartObject();
        json.WriteString("uuid", uuid);
        json.WriteString("title", $"{outcome.RuleId} accepted: {MessageText.Line(finding.Descriptor.Title)}");
        json.WriteString("description", MessageText.Line(finding.Message));
        json.WriteString("statement", MessageText.Line(suppression.Justification));
        json.WriteStartArray("props");
        Prop(json, "rule-id", outcome.RuleId);
        Prop(json, "suppression", Names.Of(suppression.Kind));
        Prop(json, "owner", suppression.Owner);
        json.WriteEndArray();
        json.WriteString("status", "risk-accepted");
        if (suppression.Expires is { } expires)
        {
            json.WriteString("deadline", OscalJson.DateTime(expires));
        }

        json.WriteStartArray("related-observations");
        json.WriteStartObject();
        json.WriteString("observation-uuid", observation);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteFinding(OscalOutcome outcome, string observation, string? risk, OscalParty subject)
    {
        var finding = outcome.Finding;
        var satisfied = outcome.Outcome == Outcome.Passed;
        json.WriteStartObject();
        json.WriteString("uuid", Unique("finding\n" + outcome.Key));
        json.WriteString("title", $"{outcome.RuleId} {(satisfied ? "satisfied" : "not satisfied")} for {subject.Name}");
        json.WriteString("description", outcome.Outcome switch
        {
            Outcome.Passed => $"{outcome.RuleId} applies to {subject.Name} and passed.",
            Outcome.Failed => $"{outcome.RuleId} applies to {subject.Name} and failed: {MessageText.Line(finding!.Message)}",
            _ => $"{outcome.RuleId} applies to {subject.Name} but values it needs are not declared: {MessageText.Line(finding!.Message)}",
        });
        json.WriteStartArray("props");
        Prop(json, "outcome", Names.Of(outcome.Outcome));
        Prop(json, "principle", outcome.Principle);
        WriteFindingProps(finding);
        json.WriteEndArray();
        json.WriteStartObject("target");
        json.WriteString("type", "objective-id");
        json.WriteString("target-id", ObjectiveId(outcome.RuleId));
        json.WriteStartObject("status");
        json.WriteString("state", satisfied ? "satisfied" : "not-satisfied");
        json.WriteString("reason", outcome.Outcome switch
        {
            Outcome.Passed => "pass",
            Outcome.Failed => "fail",
            _ => "other",
        });
        if (outcome.Outcome == Outcome.InsufficientData)
        {
            json.WriteString("remarks", "Insufficient data: the rule applies but values it needs are not declared, so the objective is not shown satisfied (the principle's verdict is undetermined unless another rule failed).");
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("related-observations");
        json.WriteStartObject();
        json.WriteString("observation-uuid", observation);
        json.WriteEndObject();
        json.WriteEndArray();
        if (risk is not null)
        {
            json.WriteStartArray("related-risks");
            json.WriteStartObject();
            json.WriteString("risk-uuid", risk);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (finding is not null && Names.InactiveReason(finding) is { } reason)
        {
            json.WriteString("remarks", $"Accepted ({MessageText.Line(reason)}): it does not fail the run, and still counts in the principle's verdict.");
        }

        json.WriteEndObject();
    }
}

using System.Text.Json;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// A document's explanations in the JSON report (<c>norms check --format json --explain</c>, <c>norms explain --format
/// json</c>): each principle's reason, then one object per outcome with its evidence. Written only when the document
/// has explanations, so reports of runs that do not explain are unchanged. Values from the document go through
/// <see cref="MessageText"/>.
/// </summary>
internal static class ExplanationJson
{
    public static void Write(Utf8JsonWriter json, DocumentReport document)
    {
        if (document.Explanations.Count == 0)
        {
            return;
        }

        json.WriteStartObject("principleReasons");
        foreach (var principle in document.Principles)
        {
            json.WriteString(MessageText.Line(principle.Principle.Id), MessageText.Line(ExplanationText.Reason(principle, document.Explanations)));
        }

        json.WriteEndObject();
        json.WriteStartArray("explanations");
        foreach (var explanation in document.Explanations)
        {
            WriteExplanation(json, explanation);
        }

        json.WriteEndArray();
    }

    private static void WriteExplanation(Utf8JsonWriter json, Explanation explanation)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", MessageText.Line(explanation.RuleId));
        json.WriteString("title", MessageText.Line(explanation.Title));
        json.WriteString("principle", MessageText.LineOrNull(explanation.Principle));
        json.WriteString("outcome", Names.Of(explanation.Outcome));
        json.WriteString("severity", Names.Of(explanation.Severity));
        json.WriteString("target", MessageText.Line(explanation.Target));
        json.WriteString("reason", MessageText.Line(explanation.Reason));
        if (explanation.Scope is { } scope)
        {
            json.WriteStartObject("scope");
            json.WriteString("name", MessageText.Line(scope.Name));
            json.WriteString("description", MessageText.Line(scope.Description));
            json.WriteBoolean("holds", scope.Holds);
            WriteValues(json, "values", scope.Values);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("scope");
        }

        WriteValues(json, "values", explanation.Values);
        json.WriteStartArray("thresholds");
        foreach (var threshold in explanation.Thresholds)
        {
            json.WriteStartObject();
            json.WriteString("name", MessageText.Line(threshold.Name));
            json.WriteNumber("value", threshold.Value);
            json.WriteString("source", SourceName(threshold.Source));
            json.WriteString("origin", MessageText.LineOrNull(threshold.Origin));
            json.WriteNumber("line", threshold.Line);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (explanation.AsOf is { } asOf)
        {
            json.WriteStartObject("asOf");
            json.WriteString("date", Names.Of(asOf.Date));
            json.WriteString("source", Names.Of(asOf.Source));
            json.WriteNumber("line", asOf.Line);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("asOf");
        }

        WriteTexts(json, "comparisons", explanation.Comparisons);
        WriteTexts(json, "questions", explanation.Questions);
        json.WriteEndObject();
    }

    private static void WriteValues(Utf8JsonWriter json, string name, IReadOnlyList<ValueEvidence> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStartObject();
            json.WriteString("path", MessageText.Line(value.Path));
            json.WriteString("value", MessageText.LineOrNull(value.Value));
            json.WriteBoolean("declared", value.Declared);
            json.WriteNumber("line", value.Line);
            json.WriteNumber("column", value.Column);
            if (value.AgeInDays is { } age)
            {
                json.WriteNumber("ageInDays", age);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTexts(Utf8JsonWriter json, string name, IReadOnlyList<string> texts)
    {
        json.WriteStartArray(name);
        foreach (var text in texts)
        {
            json.WriteStringValue(MessageText.Line(text));
        }

        json.WriteEndArray();
    }

    private static string SourceName(ThresholdSource source) => source switch
    {
        ThresholdSource.Configuration => "configuration",
        ThresholdSource.Pack => "pack",
        ThresholdSource.Options => "options",
        _ => "default",
    };
}

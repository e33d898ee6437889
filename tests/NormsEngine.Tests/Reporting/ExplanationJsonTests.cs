using System.Text.Json;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Reporting;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Reporting;

/// <summary>The JSON report's explanations (<c>norms check --format json --explain</c>): present only when explaining, as data, escaped.</summary>
public sealed class ExplanationJsonTests
{
    private const string Document = PackHarness.ParisCallHeader
        + "roles: { criticalInfrastructure: true }\n"
        + "incidentResponse:\n  reporting: { nationalCsirt: \"CERT\\r\\n\\u001b[31mRED <b>x</b>\", notificationHours: 96 }\n"
        + "hygiene:\n  mfa: { adminPct: 80 }\n";

    private static JsonElement Json(bool explain)
    {
        var report = PackHarness.EvaluateText(Document, new EvaluationOptions { AsOf = PackHarness.AsOf, Explain = explain });
        var text = new StringWriter();
        ReportFormatters.Create("json").Write(report, text);
        return JsonDocument.Parse(text.ToString()).RootElement.GetProperty("documents")[0];
    }

    [Fact]
    public void Json_NotExplaining_HasNoExplanations()
    {
        var document = Json(explain: false);

        Assert.False(document.TryGetProperty("explanations", out _));
        Assert.False(document.TryGetProperty("principleReasons", out _));
    }

    [Fact]
    public void Json_Explaining_EmbedsEachOutcomeWithItsEvidence()
    {
        var document = Json(explain: true);

        var explanation = document.GetProperty("explanations").EnumerateArray().Single(e => e.GetProperty("ruleId").GetString() == "PC0702");
        Assert.Equal("failed", explanation.GetProperty("outcome").GetString());
        var value = explanation.GetProperty("values")[0];
        Assert.Equal(("hygiene.mfa.adminPct", "80", 9, 20), (value.GetProperty("path").GetString(), value.GetProperty("value").GetString(), value.GetProperty("line").GetInt32(), value.GetProperty("column").GetInt32()));
        var scope = document.GetProperty("explanations").EnumerateArray().Single(e => e.GetProperty("ruleId").GetString() == "PC0101").GetProperty("scope");
        Assert.True(scope.GetProperty("holds").GetBoolean());
        Assert.Equal(9, document.GetProperty("principleReasons").EnumerateObject().Count());
    }

    [Fact]
    public void Json_ThresholdOfAnOutcome_HasValueSourceAndOrigin()
    {
        var document = Json(explain: true);

        var threshold = document.GetProperty("explanations").EnumerateArray()
            .Single(e => e.GetProperty("ruleId").GetString() == "PC0102")
            .GetProperty("thresholds").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "maxNotificationHours");
        Assert.Equal((72m, "default", "paris-call"), (threshold.GetProperty("value").GetDecimal(), threshold.GetProperty("source").GetString(), threshold.GetProperty("origin").GetString()));
    }

    [Fact]
    public void Json_HostileValueRead_EscapedByMessageText()
    {
        var document = Json(explain: true);

        var value = document.GetProperty("explanations").EnumerateArray()
            .Single(e => e.GetProperty("ruleId").GetString() == "PC0102")
            .GetProperty("values").EnumerateArray()
            .Single(v => v.GetProperty("path").GetString() == "incidentResponse.reporting.nationalCsirt")
            .GetProperty("value").GetString()!;
        Assert.Equal(MessageText.Line("CERT\r\n\u001b[31mRED <b>x</b>"), value);
        Assert.DoesNotContain(value, char.IsControl);
    }
}

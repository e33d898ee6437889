using System.Globalization;
using System.Text;
using NormsEngine.Packs;
using NormsEngine.Rules;
using NormsEngine.TestSupport.Generation;

namespace NormsEngine.Benchmarks;

/// <summary>The inputs every benchmark reads: the bundled samples, generated documents and generated rule packs.</summary>
internal static class Corpus
{
    /// <summary>The fixed as-of date every benchmark and agreement test evaluates at, so that results never depend on the day.</summary>
    public static readonly DateOnly AsOf = new(2026, 6, 1);

    /// <summary>The sample used for the per-document targets: a hospital with three suppliers.</summary>
    public const string TypicalSample = "hospital.yaml";

    /// <summary>The folder the samples are copied to next to the benchmark assembly.</summary>
    public static string SamplesFolder { get; } = Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>The bundled samples' file names, sorted.</summary>
    public static IReadOnlyList<string> SampleNames { get; } =
        [.. Directory.GetFiles(SamplesFolder, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>The text of one bundled sample.</summary>
    /// <param name="name">Its file name, for example <c>hospital.yaml</c>.</param>
    /// <returns>The YAML text.</returns>
    public static string Sample(string name) => File.ReadAllText(Path.Combine(SamplesFolder, name));

    /// <summary>A generated document (<see cref="DocumentGenerator"/>), deterministic for its arguments.</summary>
    /// <param name="index">Which document.</param>
    /// <param name="suppliers">The number of suppliers, or <c>null</c> for the generator's varied count.</param>
    /// <returns>The YAML text.</returns>
    public static string Generated(int index, int? suppliers = null) => DocumentGenerator.Generate(seed: 7, index, suppliers);

    /// <summary>
    /// A YAML rule pack of <paramref name="count"/> generated rules over the organisation and its suppliers, cycling
    /// through the language's tests (comparisons, <c>in</c>, <c>olderThanDays</c>, <c>declared</c>, <c>any</c>, per-supplier
    /// <c>forEach</c>), so that compiling and evaluating it resembles a real pack, not one rule repeated.
    /// </summary>
    /// <param name="count">How many rules.</param>
    /// <param name="first">The number of the first rule (<c>GEN00000</c>), so that several packs never share an ID.</param>
    /// <returns>The pack's YAML text.</returns>
    public static string GeneratedPack(int count, int first = 0)
    {
        var yaml = new StringBuilder(count * 260);
        yaml.Append(CultureInfo.InvariantCulture, $"""
            apiVersion: norms/v1
            kind: RulePack
            metadata:
              id: bench.generated-{first}-{count}
              version: 1.0.0
              title: {count} generated rules
            thresholds:
              benchLimit: 48
            rules:

            """);
        for (var i = first; i < first + count; i++)
        {
            var id = "GEN" + i.ToString("D5", CultureInfo.InvariantCulture);
            var principle = "P" + ((i % 9) + 1).ToString(CultureInfo.InvariantCulture);
            var (forEach, conditions) = (i % 8) switch
            {
                0 => (false, $"  appliesWhen:\n      roles.nis2Entity: {{ in: [essential, important] }}\n    failsWhen:\n      incidentResponse.reporting.earlyWarningHours: {{ greaterThan: {12 + (i % 24)} }}"),
                1 => (false, $"  failsWhen:\n      hygiene.mfa.adminPct: {{ lessThan: {90 + (i % 10)} }}"),
                2 => (false, $"  failsWhen:\n      resilience.backups.lastRestoreTest: {{ olderThanDays: {180 + i % 200} }}"),
                3 => (false, "  failsWhen:\n      any:\n        - hygiene.training.annualCompletionPct: { lessThan: 80 }\n        - hygiene.patching.osCadenceDays: { greaterThan: 45 }"),
                4 => (true, $"  appliesWhen:\n      item.critical: {{ equals: true }}\n    failsWhen:\n      item.incidentNoticeHours: {{ greaterThan: {{ threshold: benchLimit }} }}"),
                5 => (true, $"  failsWhen:\n      item.lastAssessment: {{ olderThanDays: {300 + i % 100} }}"),
                6 => (false, "  failsWhen:\n      lifecycle.disclosure.securityTxt: { declared: false }"),
                _ => (true, "  appliesWhen:\n      item.accessToProduction: { equals: true }\n    failsWhen:\n      item.securityClauses: { equals: false }"),
            };
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: {id}\n    title: Generated rule {i}\n    principle: {principle}\n    severity: warning\n");
            if (forEach)
            {
                yaml.Append("    forEach: supplyChain.suppliers\n");
            }

            yaml.Append("  ").Append(conditions).Append('\n');
            yaml.Append(CultureInfo.InvariantCulture, $"    message: Generated rule {i} fails.\n");
        }

        return yaml.ToString();
    }

    /// <summary>
    /// Generated rules as packs of at most 1,000 rules each: one pack file of 5,000 rules would pass the reader's
    /// default limit of 100,000 YAML nodes, and a real rule base of that size is several packs anyway.
    /// </summary>
    /// <param name="count">How many rules in all.</param>
    /// <returns>The loaded packs.</returns>
    public static List<IRulePack> GeneratedPacks(int count)
    {
        var packs = new List<IRulePack>();
        for (var first = 0; first < count; first += 1000)
        {
            var size = Math.Min(1000, count - first);
            var result = RulePackFile.Parse(GeneratedPack(size, first), $"generated-{first}.yaml");
            packs.Add(result.Pack ?? throw new InvalidOperationException("A generated pack does not load: " + string.Join("; ", result.Errors.Take(3))));
        }

        return packs;
    }
}

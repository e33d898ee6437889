using System.Globalization;
using System.Text;

namespace NormsEngine.TestSupport.Generation;

/// <summary>
/// Generates realistic, varied practices documents for tests, benchmarks and scale runs (the benchmarks'
/// <c>generate</c> entry point writes a corpus of them to files): every organisation type, NIS2 status, network and
/// DNS role, election role, optional sections present or left out, dates on both sides of the rules' age limits, and
/// suppliers. The output depends only on the arguments (never
/// on the clock or the culture), loads with no NE00xx finding and is valid against the organisation JSON Schema.
/// </summary>
public static class DocumentGenerator
{
    /// <summary>The most suppliers a document can be asked for.</summary>
    /// <remarks>
    /// Beyond about 7,000 suppliers a document exceeds the loader's default node limit (100,000) and, beyond about
    /// 25,000, its default 4 MiB size limit: reading such documents needs larger <see cref="Documents.ReaderLimits"/>.
    /// </remarks>
    public const int MaxSuppliers = 100_000;

    /// <summary>The date the generated documents are assessed around (the samples' as-of date).</summary>
    public static readonly DateOnly ReferenceDate = new(2026, 10, 15);

    /// <summary>Generates one practices document.</summary>
    /// <param name="seed">The corpus's seed.</param>
    /// <param name="index">The document's position in the corpus.</param>
    /// <param name="suppliers">The number of suppliers (0 to <see cref="MaxSuppliers"/>), or <c>null</c> for a varied 0 to 8.</param>
    /// <returns>The YAML text, the same for the same arguments.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="suppliers"/> is negative or above <see cref="MaxSuppliers"/>.</exception>
    public static string Generate(int seed, int index, int? suppliers = null)
    {
        var capacity = 4096 + (suppliers ?? 0) * 160;
        using var writer = new StringWriter(new StringBuilder(capacity), CultureInfo.InvariantCulture);
        WriteTo(writer, seed, index, suppliers);
        return writer.ToString();
    }

    /// <summary>Writes one practices document, the same text <see cref="Generate"/> returns.</summary>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    /// <param name="seed">The corpus's seed.</param>
    /// <param name="index">The document's position in the corpus.</param>
    /// <param name="suppliers">The number of suppliers (0 to <see cref="MaxSuppliers"/>), or <c>null</c> for a varied 0 to 8.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="suppliers"/> is negative or above <see cref="MaxSuppliers"/>.</exception>
    public static void WriteTo(TextWriter writer, int seed, int index, int? suppliers = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (suppliers is { } count)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(suppliers));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxSuppliers, nameof(suppliers));
        }

        new DocumentWriter(writer, new Random(Seed(seed, index))).Write(seed, index, suppliers);
    }

    /// <summary>
    /// Writes documents <c>0</c> to <c>count - 1</c> of a corpus into <paramref name="folder"/> (created if needed) as
    /// <c>org-00000.yaml</c>, <c>org-00001.yaml</c>, ... (at least five digits, more when the count needs them),
    /// replacing files of the same name.
    /// </summary>
    /// <param name="folder">The folder to write to.</param>
    /// <param name="count">How many documents (at least 1).</param>
    /// <param name="seed">The corpus's seed.</param>
    /// <param name="suppliers">The number of suppliers of every document, or <c>null</c> for a varied 0 to 8.</param>
    /// <returns>The files' paths, in order.</returns>
    public static IReadOnlyList<string> WriteCorpus(string folder, int count, int seed, int? suppliers = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (suppliers is { } forced)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(forced, nameof(suppliers));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(forced, MaxSuppliers, nameof(suppliers));
        }

        Directory.CreateDirectory(folder);
        var digits = Math.Max(5, (count - 1).ToString(CultureInfo.InvariantCulture).Length);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, "org-" + i.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0') + ".yaml");
            using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                WriteTo(writer, seed, i, suppliers);
            }

            paths.Add(path);
        }

        return paths;
    }

    /// <summary>The random generator's seed for one document of a corpus.</summary>
    /// <param name="seed">The corpus's seed.</param>
    /// <param name="index">The document's position in the corpus.</param>
    /// <returns><c>seed * 1,000,003 + index</c>, wrapping on overflow.</returns>
    public static int Seed(int seed, int index) => unchecked((seed * 1_000_003) + index);
}

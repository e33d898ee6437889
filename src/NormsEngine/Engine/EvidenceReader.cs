using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Model;
using NormsEngine.Packs;

namespace NormsEngine.Engine;

/// <summary>
/// Reads the values explanations show by their YAML paths: the value from the bound model (through the same compiled
/// member chains YAML packs read with), the line and column from the document's source map. Paths into a supplier
/// (<c>supplyChain.suppliers[2].critical</c>) are read on that supplier.
/// </summary>
internal sealed partial class EvidenceReader(PracticesDocument document, Organisation organisation)
{
    private const string SupplierPrefix = PackPath.SuppliersPath + "[";

    // Paths are few and the same in every document: each is resolved against the model once per process.
    private static readonly ConcurrentDictionary<string, PackPath?> Resolved = new(StringComparer.Ordinal);

    /// <summary>The value at <paramref name="path"/>, with its age when <paramref name="asOf"/> is given and it is a date.</summary>
    public ValueEvidence Read(string path, DateOnly? asOf)
    {
        var location = document.SourceMap.Find(path);
        // Only values a document writes as scalars or lists are shown; a mapping is named by its path alone.
        var value = ValueAt(path) is { } read and (bool or decimal or DateOnly or string or object?[]) ? read : null;
        var evidence = new ValueEvidence(
            path,
            value is null ? null : PackValue.Format(value),
            location is not null,
            location?.Line ?? 0,
            location?.Column ?? 0);
        return asOf is { } date && value is DateOnly declared ? evidence with { AgeInDays = date.DayNumber - declared.DayNumber } : evidence;
    }

    /// <summary>The target an outcome's path belongs to: the supplier's path, or empty for the organisation.</summary>
    public static string TargetOf(string path)
    {
        var match = SupplierPath().Match(path);
        return match.Success ? match.Groups["target"].Value : string.Empty;
    }

    /// <summary>The supplier at a target path (<c>supplyChain.suppliers[2]</c>), or <c>null</c>.</summary>
    public static Supplier? SupplierAt(Organisation organisation, string target)
    {
        var match = SupplierPath().Match(target);
        return match.Success
            && int.TryParse(match.Groups["index"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && organisation.SupplyChain.Suppliers is { } suppliers
            && index < suppliers.Count
                ? suppliers[index]
                : null;
    }

    /// <summary>
    /// What to ask for a value that is missing: "declare hygiene.mfa.adminPct: administrative accounts behind MFA, a
    /// percentage from 0 to 100", from the field catalogue that the binder and the schema read too.
    /// </summary>
    public static string Question(string path)
    {
        if (FieldCatalog.Find(path) is not { } field)
        {
            return "declare " + path;
        }

        var description = field.Description.TrimEnd('.');
        if (description.Length > 1 && char.IsUpper(description[0]) && !char.IsUpper(description[1]))
        {
            description = char.ToLowerInvariant(description[0]) + description[1..];
        }

        return $"declare {path}: {description}, {field.Shape.Describe()}";
    }

    private object? ValueAt(string path)
    {
        Supplier? item = null;
        var relative = path;
        if (path.StartsWith(SupplierPrefix, StringComparison.Ordinal))
        {
            var match = SupplierPath().Match(path);
            if (!match.Success || match.Groups["rest"].Value.Length == 0)
            {
                return null;
            }

            item = SupplierAt(organisation, match.Groups["target"].Value);
            if (item is null)
            {
                return null;
            }

            relative = PackPath.ItemPrefix + match.Groups["rest"].Value;
        }

        var resolved = Resolved.GetOrAdd(relative, static (text, forEach) => PackPath.Resolve(text, forEach, out _), item is not null);
        return resolved?.Read(organisation, item);
    }

    [GeneratedRegex(@"^(?<target>supplyChain\.suppliers\[(?<index>\d{1,9})\])(?:\.(?<rest>.+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex SupplierPath();
}

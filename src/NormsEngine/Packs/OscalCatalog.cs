using NormsEngine.Reporting;
using NormsEngine.Rules;

namespace NormsEngine.Packs;

/// <summary>
/// Rule packs as an OSCAL 1.1.3 catalog for GRC platforms, valid against NIST's JSON Schema (what
/// <c>norms catalog --format oscal</c> writes): a group per principle with the principle's text as its statement, a
/// control per rule (its ID in lowercase, <c>pc0101</c>, and the ID itself as the <c>label</c> property) with its
/// description as the statement, its remediation as the guidance, its severity and scope as properties, links to its
/// references and page, and the assessment objective (<c>pc0101_obj</c>) that the findings of the <c>oscal</c> report
/// format target. Rules without a principle are grouped by pack. The same packs give the same bytes.
/// </summary>
public static class OscalCatalog
{
    /// <summary>Writes the catalog of <paramref name="packs"/> as OSCAL JSON (indented, LF line ends, no BOM).</summary>
    /// <param name="packs">The packs, in the order they were loaded; a rule ID is written once, from the first pack that defines it.</param>
    /// <param name="writer">Where to write it; the caller flushes and closes it.</param>
    public static void Write(IEnumerable<IRulePack> packs, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(packs);
        ArgumentNullException.ThrowIfNull(writer);
        OscalCatalogWriter.Write(
            [.. packs.Select(p => new OscalCatalogPack(
                p.Id,
                p.Version,
                p.Title,
                p.Owner,
                p.Descriptors,
                p.Principles,
                p.Scopes.DistinctBy(s => s.Name, StringComparer.Ordinal).ToDictionary(s => s.Name, s => s.Description, StringComparer.Ordinal)))],
            writer);
    }
}

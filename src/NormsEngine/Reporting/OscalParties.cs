using System.Text.Json;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>A party an observation is about: its UUID and its name as written.</summary>
/// <param name="Uuid">The party's UUID.</param>
/// <param name="Name">Its name: one line, not empty.</param>
internal sealed record OscalParty(string Uuid, string Name);

/// <summary>
/// The parties observations name as their subjects: each document's organisation, and each supplier an outcome is
/// about. OSCAL lists parties in <c>metadata</c>, which the assessment results write after the results (it also
/// holds the latest as-of date), so they wait in a <see cref="TextSpool"/> already indented for their place: memory
/// does not grow with the number of documents.
/// </summary>
internal sealed class OscalParties : IDisposable
{
    private readonly TextSpool _spool = new();
    private readonly Utf8JsonWriter _json;
    private readonly long _start;

    /// <summary>Creates an empty list.</summary>
    public OscalParties()
    {
        // The spool's writer opens the nesting of metadata.parties, so that its items are indented for their place.
        _json = new Utf8JsonWriter(_spool.Stream, JsonOutput.Options);
        _json.WriteStartObject();
        _json.WriteStartObject("assessment-results");
        _json.WriteStartObject("metadata");
        _json.WriteStartArray("parties");
        _json.Flush();
        _start = _spool.Stream.Position;
    }

    /// <summary>Whether any party was added.</summary>
    public bool Any { get; private set; }

    /// <summary>Adds a document's organisation: named as the document names it, else after its file.</summary>
    /// <param name="document">The document.</param>
    /// <param name="multiple">Whether its file holds several documents.</param>
    /// <returns>The party.</returns>
    public OscalParty Organisation(DocumentReport document, bool multiple)
    {
        var name = OscalJson.Value(document.Name) ?? OscalJson.Value("The organisation of " + document.DisplayName(multiple))!;
        var party = new OscalParty(OscalUuid.Of("party\n" + OscalResult.DocumentKey(document)), name);
        Add(party, "organisation", null);
        return party;
    }

    /// <summary>Adds a supplier of a document's organisation, named by its path (the report does not carry suppliers' names).</summary>
    /// <param name="document">The document.</param>
    /// <param name="organisation">The document's organisation.</param>
    /// <param name="target">The supplier's path, <c>supplyChain.suppliers[2]</c>.</param>
    /// <returns>The party.</returns>
    public OscalParty Supplier(DocumentReport document, OscalParty organisation, string target)
    {
        var party = new OscalParty(
            OscalUuid.Of("party\n" + OscalResult.DocumentKey(document) + "\n" + target),
            OscalJson.Value($"Supplier {target} of {organisation.Name}")!);
        Add(party, "supplier", target);
        return party;
    }

    /// <summary>Copies the parties, each on its lines, to <paramref name="output"/>, inside the open <c>parties</c> array.</summary>
    /// <param name="output">The output.</param>
    public void CopyTo(TextWriter output)
    {
        _json.Flush();
        _spool.CopyTo(output, _start, JsonOutput.StripCarriageReturns);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _json.Dispose();
        _spool.Dispose();
    }

    private void Add(OscalParty party, string kind, string? path)
    {
        _json.WriteStartObject();
        _json.WriteString("uuid", party.Uuid);
        _json.WriteString("type", "organization");
        _json.WriteString("name", party.Name);
        _json.WriteStartArray("props");
        OscalJson.Prop(_json, "subject", kind);
        OscalJson.Prop(_json, "path", path);
        _json.WriteEndArray();
        _json.WriteEndObject();
        Any = true;
    }
}

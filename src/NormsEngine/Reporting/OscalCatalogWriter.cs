using System.Text.Json;
using NormsEngine.Diagnostics;
using static NormsEngine.Reporting.OscalJson;

namespace NormsEngine.Reporting;

/// <summary>A pack as the OSCAL catalog shows it: what <c>IRulePack</c> says, in the terms reports use.</summary>
/// <param name="Id">The pack's ID.</param>
/// <param name="Version">Its version.</param>
/// <param name="Title">Its title.</param>
/// <param name="Owner">Who maintains it.</param>
/// <param name="Rules">Its rules' descriptors.</param>
/// <param name="Principles">The principles it defines texts for.</param>
/// <param name="Scopes">The scopes its rules name (<c>scope:NAME</c> tags), each with when it holds, in words.</param>
internal sealed record OscalCatalogPack(
    string Id,
    string Version,
    string Title,
    string Owner,
    IReadOnlyList<RuleDescriptor> Rules,
    IReadOnlyList<Principle> Principles,
    IReadOnlyDictionary<string, string> Scopes);

/// <summary>
/// Rule packs as an OSCAL 1.1.3 catalog (its public entry point is OscalCatalog, with the packs): a group per
/// principle (<c>p1</c> to <c>p9</c>, with the principle's text as its statement), a control per rule (its ID in
/// lowercase, <c>pc0101</c>, with the ID itself as the <c>label</c> property), whose parts are the statement (the
/// rule's description), the guidance (its remediation) and the assessment objective (<c>pc0101_obj</c>) that the
/// findings of <c>--format oscal</c> target. Rules without a principle are grouped by pack. References that are web
/// addresses are links; the others are back-matter citations the controls link to, as NIST's catalogs cite.
/// Deterministic: the same packs give the same bytes (version 5 UUIDs; no clock).
/// </summary>
internal static class OscalCatalogWriter
{
    /// <summary>
    /// The catalog's <c>last-modified</c>: the date this mapping to OSCAL last changed. Neither the clock (the bytes
    /// would change on every run) nor the packs (they carry no date) can give it; <c>version</c> names the packs' versions.
    /// </summary>
    internal static readonly DateOnly MappingDate = new(2026, 12, 6);

    /// <summary>Writes the catalog of <paramref name="packs"/> as OSCAL JSON (indented, LF line ends, no BOM).</summary>
    /// <param name="packs">The packs, in the order they were loaded; a rule ID is written once, from the first pack that defines it.</param>
    /// <param name="writer">Where to write it.</param>
    public static void Write(IReadOnlyList<OscalCatalogPack> packs, TextWriter writer)
    {
        using var output = new JsonOutput(writer);
        new Builder(output.Json, packs).Write();
        output.Flush();
        writer.Write('\n');
    }

    private sealed class Builder(Utf8JsonWriter json, IReadOnlyList<OscalCatalogPack> packs)
    {
        private readonly List<(OscalCatalogPack Pack, RuleDescriptor Rule)> _rules = packs
            .SelectMany(p => p.Rules.Select(d => (Pack: p, Rule: d)))
            .DistinctBy(r => r.Rule.Id, StringComparer.Ordinal)
            .OrderBy(r => r.Rule.Id, StringComparer.Ordinal)
            .ToList();

        private readonly Dictionary<string, string> _scopes = packs
            .SelectMany(p => p.Scopes)
            .DistinctBy(s => s.Key, StringComparer.Ordinal)
            .ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);

        // References that are not web addresses become back-matter resources, once each, in the order rules cite them.
        private readonly List<(string Uuid, string Text)> _resources = [];
        private readonly HashSet<string> _resourceUuids = new(StringComparer.Ordinal);

        public void Write()
        {
            json.WriteStartObject();
            json.WriteStartObject("catalog");
            json.WriteString("uuid", OscalUuid.Of("catalog\n" + string.Join("\n", packs.Select(p => p.Id))));
            WriteMetadata();
            var groups = Groups();
            if (groups.Count > 0)
            {
                json.WriteStartArray("groups");
                foreach (var group in groups)
                {
                    WriteGroup(group);
                }

                json.WriteEndArray();
            }

            if (_resources.Count > 0)
            {
                json.WriteStartObject("back-matter");
                json.WriteStartArray("resources");
                foreach (var (uuid, text) in _resources)
                {
                    json.WriteStartObject();
                    json.WriteString("uuid", uuid);
                    json.WriteString("title", text);
                    json.WriteStartObject("citation");
                    json.WriteString("text", text);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        private void WriteMetadata()
        {
            json.WriteStartObject("metadata");
            json.WriteString("title", packs.Count == 0 ? "No rule pack" : string.Join(" + ", packs.Select(p => MessageText.Line(p.Title))));
            json.WriteString("last-modified", OscalJson.DateTime(MappingDate));
            json.WriteString("version", Value(string.Join(", ", packs.Select(p => p.Id + " " + p.Version))) ?? "none");
            json.WriteString("oscal-version", OscalJson.Version);
            json.WriteStartArray("props");
            Prop(json, "generator", "norms catalog", remarks: "Written by norms catalog --format oscal from the loaded rule packs.");
            foreach (var pack in packs)
            {
                Prop(json, "pack", pack.Id, remarks: MessageText.Line($"{pack.Title} {pack.Version}, maintained by {pack.Owner}"));
            }

            json.WriteEndArray();
            json.WriteString(
                "remarks",
                "A control per rule: its id is the rule ID in lowercase and its label property the ID itself. Each control's assessment objective (id ending _obj) is what the findings of 'norms check --format oscal' target. last-modified is the date of this mapping to OSCAL, so that the same packs give the same bytes; version gives each pack's version.");
            json.WriteEndObject();
        }

        /// <summary>The groups: each principle the packs define or a rule names, in that order; then a group per pack for rules without a principle.</summary>
        private List<Group> Groups()
        {
            var groups = new List<Group>();
            var principles = packs.SelectMany(p => p.Principles).DistinctBy(p => p.Id, StringComparer.Ordinal).ToList();
            var named = _rules.Select(r => r.Rule.Principle).OfType<string>().Distinct(StringComparer.Ordinal)
                .Where(id => !principles.Exists(p => p.Id == id))
                .Order(StringComparer.Ordinal);
            foreach (var principle in principles.Concat(named.Select(id => new Principle(id, id, string.Empty))))
            {
                groups.Add(new Group(principle, null, [.. _rules.Where(r => r.Rule.Principle == principle.Id).Select(r => r.Rule)]));
            }

            foreach (var pack in packs)
            {
                var rules = _rules.Where(r => r.Rule.Principle is null && ReferenceEquals(r.Pack, pack)).Select(r => r.Rule).ToList();
                if (rules.Count > 0)
                {
                    groups.Add(new Group(null, pack, rules));
                }
            }

            return groups;
        }

        private void WriteGroup(Group group)
        {
            json.WriteStartObject();
            if (group.Principle is { } principle)
            {
                var id = principle.Id.ToLowerInvariant();
                var token = IsToken(id);
                if (token)
                {
                    json.WriteString("id", id);
                }

                json.WriteString("class", "principle");
                json.WriteString("title", MessageText.Line(principle.Title));
                json.WriteStartArray("props");
                NistProp(json, "label", principle.Id);
                json.WriteEndArray();
                if (principle.Text.Length > 0)
                {
                    json.WriteStartArray("parts");
                    json.WriteStartObject();
                    if (token)
                    {
                        json.WriteString("id", id + "_smt");
                    }

                    json.WriteString("name", "statement");
                    json.WriteString("prose", MessageText.Prose(principle.Text));
                    json.WriteEndObject();
                    json.WriteEndArray();
                }
            }
            else
            {
                var pack = group.Pack!;
                json.WriteString("class", "pack");
                json.WriteString("title", MessageText.Line(pack.Title));
                json.WriteStartArray("props");
                Prop(json, "pack", pack.Id, remarks: "Rules of this pack that belong to no principle.");
                json.WriteEndArray();
            }

            if (group.Rules.Count > 0)
            {
                json.WriteStartArray("controls");
                foreach (var rule in group.Rules)
                {
                    WriteControl(rule);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        private void WriteControl(RuleDescriptor rule)
        {
            var id = ControlId(rule.Id);
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("class", "rule");
            json.WriteString("title", MessageText.Line(rule.Title));
            json.WriteStartArray("props");
            NistProp(json, "label", rule.Id);
            Prop(json, "severity", Names.Of(rule.DefaultSeverity), remarks: "The default severity; configuration may change it.");
            if (!rule.IsEnabledByDefault)
            {
                Prop(json, "enabled-by-default", "false");
            }

            Prop(json, "pack", _rules.First(r => r.Rule.Id == rule.Id).Pack.Id);
            foreach (var tag in rule.Tags)
            {
                if (tag.StartsWith("scope:", StringComparison.Ordinal))
                {
                    var scope = tag["scope:".Length..];
                    Prop(json, "scope", scope, remarks: scope == "all" ? "applies to every organisation" : _scopes.TryGetValue(scope, out var described) ? MessageText.Line(described) : null);
                }
                else
                {
                    Prop(json, "tag", tag);
                }
            }

            json.WriteEndArray();
            WriteLinks(rule);
            json.WriteStartArray("parts");
            Part(id + "_smt", "statement", rule.Description.Length > 0 ? rule.Description : rule.Title);
            if (rule.Remediation.Length > 0)
            {
                Part(id + "_gdn", "guidance", rule.Remediation);
            }

            Part(ObjectiveId(rule.Id), "assessment-objective", $"Determine if: {rule.Title}");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private void WriteLinks(RuleDescriptor rule)
        {
            if (rule.References.Count == 0 && rule.HelpUri is null)
            {
                return;
            }

            json.WriteStartArray("links");
            foreach (var reference in rule.References)
            {
                json.WriteStartObject();
                if (IsWebAddress(reference, out var uri))
                {
                    json.WriteString("href", uri.AbsoluteUri);
                }
                else
                {
                    var text = MessageText.Line(reference);
                    var uuid = OscalUuid.Of("reference\n" + text);
                    if (_resourceUuids.Add(uuid))
                    {
                        _resources.Add((uuid, text));
                    }

                    json.WriteString("href", "#" + uuid);
                }

                json.WriteString("rel", "reference");
                json.WriteString("text", MessageText.Line(reference));
                json.WriteEndObject();
            }

            if (rule.HelpUri is { } help)
            {
                json.WriteStartObject();
                json.WriteString("href", help.AbsoluteUri);
                json.WriteString("rel", "help");
                json.WriteString("text", $"{rule.Id}: the rule's page");
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private void Part(string id, string name, string prose)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("name", name);
            json.WriteString("prose", MessageText.Prose(prose));
            json.WriteEndObject();
        }

        private sealed record Group(Principle? Principle, OscalCatalogPack? Pack, IReadOnlyList<RuleDescriptor> Rules);
    }
}

using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NormsEngine.Tests.Schemas;

/// <summary>
/// Generates seeded mutations of practices documents for the differential test: values replaced by other YAML
/// scalars (numbers as text, booleans, tags, quoted or padded text, odd URLs and dates), list items repeated, fields
/// added and removed. A document is held as a small tree whose scalars are YAML source text, so a mutation writes
/// exactly the spelling it means (<c>"FRA\n"</c>, <c>!!int 24</c>), and is written back as block YAML.
/// </summary>
internal sealed class DocumentMutator(Random random)
{
    /// <summary>Values any field may receive.</summary>
    private static readonly string[] AnyValue =
    [
        "0", "24", "-1", "+7", "007", "24.0", "24.5", "1e2", "1e400", "1e-400", ".5", "5.", "0x18", "0o30", "0x", "0X18", "2147483648",
        "4294967296", "99999999999999999999", "1_000", "50%", "true", "True", "FALSE", "yes", "on", "\"true\"", "'false'", "~", "null",
        "''", "\"\"", "!!int 24", "!!int \"24\"", "!!str 24", "!!str true", "!!bool true", "!!bool false", "!!float 1", "!!float 2.5",
        "!!null", "!!null ~", "! 24", "!!str", "!!int abc", "!!bool yes", "!!null x", "!foo bar", "!<tag:example.com,2000:x> y",
        "!!binary aGk=", "2024-02-29", "2023-02-29", "2024-13-01", "0000-01-01", "\"2024-01-05\"", "!!str 2024-01-05", "2024-1-5",
        "\"2024-01-05\\n\"", "Example", "\"Example\\n\"", "'42'", "\"2024\"", "x y z", "\"a\\tb\"", "CERT-FR", "FRA", "fra", "\"FRA\\n\"",
        "ngo", "NGO", "essential", "regulator", "spdx", "full", "none", "https://example.org/security", "[]", "{}", "[a, b]", "{a: 1}",
        "[regulator, regulator]", "!!seq [a]", "!!map {}", "!thing {a: 1}",
    ];

    private static readonly string[] Urls =
    [
        "https://example.org/security", "HTTPS://Example.ORG/Security", "HtTpS://example.org", "https://", "\"https://example.org/\\n\"",
        "\"https://example.org/a b\"", "\"https://example.org/ \"", "\" https://example.org/\"", "\"https://example.org/%zz\"", "http://example.org/",
        "https://:443/", "https://user@example.org/", "\"https://[::1]/\"", "https://example.org:8443/a?b=c#d", "https://ex\u00e4mple.org/",
        "https://xn--exmple-cua.org/", "https://a..b/", "https://192.0.2.1/", "ftp://example.org/", "example.org", "\"https://example.org/#a#b\"",
        "https://example.org./", "https://-x.org/", "https://x-.org/", "https://example.org/%7Euser?q=%2F", "https://example.org/a|b",
    ];

    private static readonly string[] Texts = ["2024", "\"2024\"", "'42'", "!!str 24", "!!int 24", "true", "\"true\"", "1.5", "0x1F", "Example Org", "\"Org\\n\"", "! 24", "!!str", "~", "1_000", "1.2.3", ".inf"];

    private static readonly (string Path, string[] Values)[] Fields =
    [
        ("metadata.country", ["FRA", "fra", "\"FRA\\n\"", "\"FRA \"", "FR", "\"\\nFRA\"", "!!str FRA", "DEU", "FRANCE", "\"FRA\""]),
        ("metadata.name", Texts),
        ("metadata.sector", Texts),
        ("incidentResponse.reporting.nationalCsirt", Texts),
        ("lifecycle.disclosure.url", Urls),
        ("resilience.rtoHours", ["24", "24.0", "24.5", "1e2", "0x18", "0o30", "-1", "\"24\"", "!!int 24", "!!float 24", "2147483647", "2147483648", "1e400"]),
        ("hygiene.mfa.adminPct", ["80", "80.5", "100", "100.5", "-0.1", ".5", "1e2", "1e-400", "\"80\"", "!!float 80", "!!int 80", "0x64"]),
        ("metadata.assessedOn", ["2026-02-28", "2024-02-29", "2023-02-29", "0000-01-01", "0001-01-01", "\"2026-01-05\"", "2026-1-5", "!!str 2026-01-05", "\"2026-01-05 \""]),
        ("roles.hasCsirt", ["true", "false", "True", "\"true\"", "!!bool true", "!!str true", "yes", "1", "~"]),
        ("roles.nis2Entity", ["none", "essential", "Essential", "\"important\"", "!!str essential", "essentail", "1"]),
        ("incidentResponse.escalation", ["[regulator, regulator]", "[regulator, police]", "[]", "[nationalCsirt, isac, isac, isac]", "[regulator, ~]", "regulator"]),
        ("network.asns", ["[64496, 64496]", "[4294967295]", "[4294967296]", "[-1]", "[0x10000]", "[\"64496\"]", "[64496.0]", "[!!str 64496]"]),
        ("norms.isacs", ["[Health-ISAC, 2024]", "[a, a]", "[\"2024\"]", "[!!str 2024]", "[true]", "[]", "Health-ISAC"]),
        ("supplyChain.suppliers", ["[{name: A}, {name: A}]", "[{name: A, critical: yes}]", "[{critical: true}]", "[~]", "[]", "[{name: 42}]", "[{name: \"42\", x-tier: 1}]"]),
    ];

    /// <summary>Reads every document of a YAML text as a tree.</summary>
    public static IReadOnlyList<Node> Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return [.. stream.Documents.Select(d => From(d.RootNode))];
    }

    /// <summary>Applies one to three random mutations to a copy of <paramref name="original"/>; says what it did.</summary>
    public (Node Document, List<string> Changes) Mutate(Node original)
    {
        var document = original.Clone();
        var changes = new List<string>();
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            changes.Add(MutateOnce(document));
        }

        return (document, changes);
    }

    /// <summary>Writes a tree as block YAML: mappings by indentation, lists of "-" items, scalars as their source text.</summary>
    public static string Emit(Node root)
    {
        var text = new StringBuilder();
        if (root is Map map)
        {
            WriteMap(text, map, 0);
        }
        else
        {
            WriteValue(text, root, 0);
        }

        return text.ToString();
    }

    private string MutateOnce(Node document)
    {
        var slots = Slots(document, string.Empty).ToList();
        switch (random.Next(7))
        {
            case 0 when slots.Count > 0:
            {
                var (path, _, set) = slots[random.Next(slots.Count)];
                var value = Pick(AnyValue);
                set(new Scalar(value));
                return $"{path} = {value}";
            }

            case 1 when slots.Any(s => s.Node is Scalar):
            {
                var scalars = slots.Where(s => s.Node is Scalar).ToList();
                var (path, node, set) = scalars[random.Next(scalars.Count)];
                var value = Variant(((Scalar)node).Raw);
                set(new Scalar(value));
                return $"{path} = {value}";
            }

            case 2 when slots.Any(s => s.Node is Seq { Items.Count: > 0 }):
            {
                var lists = slots.Where(s => s.Node is Seq { Items.Count: > 0 }).ToList();
                var (path, node, _) = lists[random.Next(lists.Count)];
                var items = ((Seq)node).Items;
                items.Add(items[random.Next(items.Count)].Clone());
                return $"{path}: an item repeated";
            }

            case 3 or 4:
            {
                var (path, values) = Fields[random.Next(Fields.Length)];
                var value = Pick(values);
                Set(document, path, new Scalar(value));
                return $"{path} = {value}";
            }

            case 5 when slots.Any(s => s.Node is Map):
            {
                var maps = slots.Where(s => s.Node is Map).Select(s => (s.Path, (Map)s.Node)).Append((string.Empty, (Map)document)).ToList();
                var (path, map) = maps[random.Next(maps.Count)];
                var (key, value) = random.Next(3) switch { 0 => ("x-extra", Pick(AnyValue)), 1 => ("colour", "red"), _ => ("nmae", "X") };
                map.Entries.RemoveAll(e => e.Key == key);
                map.Entries.Add((key, new Scalar(value)));
                return $"{path}.{key} = {value} (added)";
            }

            default:
            {
                var entries = slots.Where(s => s.Path.Length > 0 && !s.Path.EndsWith(']')).ToList();
                if (entries.Count == 0)
                {
                    return "nothing";
                }

                var (path, _, _) = entries[random.Next(entries.Count)];
                Remove(document, path);
                return $"{path} removed";
            }
        }
    }

    /// <summary>The same value written another way: quoted, tagged, with a changed case or a line break or space added.</summary>
    private string Variant(string raw) => random.Next(7) switch
    {
        0 => Quote(raw),
        1 => "!!str " + raw,
        2 => raw.ToUpperInvariant(),
        3 => Quote(raw + "\n"),
        4 => Quote(raw + " "),
        5 => "! " + raw,
        _ => raw.Length > 0 && char.IsAsciiLetterLower(raw[0]) ? char.ToUpperInvariant(raw[0]) + raw[1..] : "!!int " + raw,
    };

    private string Pick(string[] values) => values[random.Next(values.Length)];

    private static IEnumerable<(string Path, Node Node, Action<Node> Set)> Slots(Node node, string path)
    {
        switch (node)
        {
            case Map map:
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    var index = i;
                    var (key, value) = map.Entries[i];
                    var child = path.Length == 0 ? key : path + "." + key;
                    yield return (child, value, replacement => map.Entries[index] = (key, replacement));
                    foreach (var slot in Slots(value, child))
                    {
                        yield return slot;
                    }
                }

                break;
            case Seq seq:
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    var index = i;
                    var child = $"{path}[{i}]";
                    yield return (child, seq.Items[i], replacement => seq.Items[index] = replacement);
                    foreach (var slot in Slots(seq.Items[i], child))
                    {
                        yield return slot;
                    }
                }

                break;
        }
    }

    /// <summary>Sets a dotted path of mappings, creating the missing ones (a scalar in the way is replaced).</summary>
    private static void Set(Node document, string path, Node value)
    {
        var map = (Map)document;
        var names = path.Split('.');
        foreach (var name in names[..^1])
        {
            var at = map.Entries.FindIndex(e => e.Key == name);
            if (at < 0 || map.Entries[at].Value is not Map inner)
            {
                inner = new Map();
                if (at < 0)
                {
                    map.Entries.Add((name, inner));
                }
                else
                {
                    map.Entries[at] = (name, inner);
                }
            }

            map = inner;
        }

        var last = map.Entries.FindIndex(e => e.Key == names[^1]);
        if (last < 0)
        {
            map.Entries.Add((names[^1], value));
        }
        else
        {
            map.Entries[last] = (names[^1], value);
        }
    }

    private static void Remove(Node document, string path)
    {
        var parent = path.Contains('.') ? Find(document, path[..path.LastIndexOf('.')]) : document;
        var key = path[(path.LastIndexOf('.') + 1)..];
        if (parent is Map map)
        {
            map.Entries.RemoveAll(e => e.Key == key);
        }
    }

    private static Node? Find(Node document, string path)
    {
        Node? node = document;
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            node = (node as Map)?.Entries.FirstOrDefault(e => e.Key == name).Value;
            for (var rest = bracket < 0 ? string.Empty : part[bracket..]; rest.Length > 0; rest = rest[(rest.IndexOf(']', StringComparison.Ordinal) + 1)..])
            {
                var index = int.Parse(rest[1..rest.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
                node = node is Seq seq && index < seq.Items.Count ? seq.Items[index] : null;
            }
        }

        return node;
    }

    private static Node From(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new Map { Entries = [.. mapping.Children.Select(c => (((YamlScalarNode)c.Key).Value!, From(c.Value)))] },
        YamlSequenceNode sequence => new Seq { Items = [.. sequence.Children.Select(From)] },
        YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar => new Scalar(scalar.Value ?? string.Empty),
        YamlScalarNode scalar => new Scalar(Quote(scalar.Value ?? string.Empty)),
        _ => new Scalar("~"),
    };

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="value"/>.</summary>
    private static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\t' => text.Append("\\t"),
                _ when char.IsControl(c) => text.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }

    private static void WriteMap(StringBuilder text, Map map, int indent)
    {
        foreach (var (key, value) in map.Entries)
        {
            text.Append(' ', indent).Append(key).Append(':');
            WriteValue(text, value, indent);
        }
    }

    /// <summary>Writes what follows "key:" or "-": a scalar on the same line, a collection on the lines below, indented.</summary>
    private static void WriteValue(StringBuilder text, Node value, int indent)
    {
        switch (value)
        {
            case Scalar scalar:
                text.Append(' ').Append(scalar.Raw).Append('\n');
                break;
            case Map { Entries.Count: 0 }:
                text.Append(" {}\n");
                break;
            case Seq { Items.Count: 0 }:
                text.Append(" []\n");
                break;
            case Map map:
                text.Append('\n');
                WriteMap(text, map, indent + 2);
                break;
            case Seq seq:
                text.Append('\n');
                foreach (var item in seq.Items)
                {
                    text.Append(' ', indent + 2).Append('-');
                    WriteValue(text, item, indent + 2);
                }

                break;
        }
    }

    internal abstract class Node
    {
        public abstract Node Clone();
    }

    internal sealed class Scalar(string raw) : Node
    {
        public string Raw { get; } = raw;

        public override Node Clone() => this;
    }

    internal sealed class Map : Node
    {
        public List<(string Key, Node Value)> Entries { get; init; } = [];

        public override Node Clone() => new Map { Entries = [.. Entries.Select(e => (e.Key, e.Value.Clone()))] };
    }

    internal sealed class Seq : Node
    {
        public List<Node> Items { get; init; } = [];

        public override Node Clone() => new Seq { Items = [.. Items.Select(i => i.Clone())] };
    }
}

using System.Text;
using NormsEngine.Diagnostics;
using NormsEngine.Model;

namespace NormsEngine.Documents;

/// <summary>
/// The questionnaire fix (<c>norms fix --add-missing</c>): every path a rule needed and the document does not declare
/// is inserted as <c>key:</c> with no value and a comment that says what to declare (the field's description and what
/// it takes: unit, range, allowed values), under its section, creating the sections it needs. The document still
/// loads, and the rules still report insufficient data until someone writes the values in. Only block mappings get
/// keys inserted: a path under a flow mapping (<c>{ a: 1 }</c>) or a value that is not a mapping is left out.
/// </summary>
internal static class Questionnaire
{
    /// <summary>The one fix that inserts every missing path of <paramref name="paths"/> in the document of <paramref name="text"/>; <c>null</c> for none.</summary>
    public static CodeFix? Create(string text, string? file, IEnumerable<string> paths)
    {
        var body = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        var documents = new YamlReader(file, ReaderLimits.Default).Read(body);
        if (documents.Count != 1 || documents[0] is not { Root: YamlMappingNode root, Source: { } source } || source.Offset(root.Start) is not { } start || body[start] == '{')
        {
            return null; // one block-mapping document: the questionnaire is for a document being written, not a stream
        }

        var plan = new Dictionary<YamlTreeNode, Node>(ReferenceEqualityComparer.Instance);
        foreach (var path in paths.Where(p => !p.Contains(' ', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            Place(source, root, path, plan);
        }

        if (plan.Count == 0)
        {
            return null;
        }

        var step = Step(root) ?? 2;
        var aliases = Aliases(root);
        var insertions = new List<(TextEdit Edit, int Indent)>();
        foreach (var (owner, node) in plan)
        {
            if (Insertion(source, file, owner, node, step, aliases) is { } insertion)
            {
                insertions.Add(insertion);
            }
        }

        // A section's keys and its parent's may go at the same place (the end of the section's last line): the
        // deeper ones first, so that each stays under its own section.
        var edits = insertions.OrderBy(i => i.Edit.Start).ThenByDescending(i => i.Indent).Select(i => i.Edit).ToList();
        var count = plan.Values.Sum(n => n.Leaves);
        return edits.Count == 0 ? null : new CodeFix(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Add {count} missing field{(count == 1 ? string.Empty : "s")} to declare"),
            EngineDiagnostics.InsufficientData.Id, edits);
    }

    /// <summary>Finds the deepest existing mapping on <paramref name="path"/> and records the keys to create under it.</summary>
    private static void Place(SourceText source, YamlMappingNode root, string path, Dictionary<YamlTreeNode, Node> plan)
    {
        YamlTreeNode current = root;
        FieldShape shape = FieldCatalog.Organisation;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var (name, index) = Segment(segments[i]);
            if (name is null || shape.Kind != ValueKind.Object || !shape.FieldsByName.TryGetValue(name, out var field))
            {
                return;
            }

            var entry = current is YamlMappingNode mapping ? mapping.Entries.FirstOrDefault(e => e.Key is YamlScalarNode { Value: var k } && k == name) : default;
            if (entry.Key is null)
            {
                if (current is not YamlMappingNode || index is not null)
                {
                    return; // a list item that is not there: nothing to ask about
                }

                Add(plan, current, Fields(segments, i, shape));
                return;
            }

            var value = entry.Value;
            shape = field.Shape;
            if (index is { } at)
            {
                if (value is not YamlSequenceNode sequence || at >= sequence.Items.Count || shape.Element is null)
                {
                    return;
                }

                value = sequence.Items[at];
                shape = shape.Element;
            }

            if (i == segments.Length - 1)
            {
                return; // declared after all (an empty value counts as not declared, but there is nothing to add)
            }

            if (value is YamlScalarNode { IsNull: true, Value: "" } && index is null)
            {
                // 'section:' with nothing after it: its keys go on the lines after the key, one step further in.
                Add(plan, entry.Key, Fields(segments, i + 1, shape));
                return;
            }

            if (value is not YamlMappingNode { Entries.Count: > 0 } block || IsFlow(source, block))
            {
                return;
            }

            current = block;
        }
    }

    /// <summary>Whether a collection is written in flow style (<c>{ a: 1 }</c>, <c>[a, b]</c>): its first character is a bracket.</summary>
    private static bool IsFlow(SourceText source, YamlTreeNode node) => source.Offset(node.Start) is { } at && at < source.Text.Length && source.Text[at] is '{' or '[';

    /// <summary>
    /// The catalogue's fields for <paramref name="segments"/> from <paramref name="from"/> on, under <paramref name="shape"/>;
    /// empty when one is not in the catalogue or is a list item: nothing is asked for a path the catalogue does not know.
    /// </summary>
    private static List<FieldDescriptor> Fields(string[] segments, int from, FieldShape shape)
    {
        var fields = new List<FieldDescriptor>();
        for (var j = from; j < segments.Length; j++)
        {
            var (name, index) = Segment(segments[j]);
            if (name is null || index is not null || shape.Kind != ValueKind.Object || !shape.FieldsByName.TryGetValue(name, out var field))
            {
                return [];
            }

            fields.Add(field);
            shape = field.Shape;
        }

        return fields;
    }

    /// <summary>Records the keys of <paramref name="fields"/>, each under the one before, under <paramref name="owner"/>.</summary>
    private static void Add(Dictionary<YamlTreeNode, Node> plan, YamlTreeNode owner, List<FieldDescriptor> fields)
    {
        if (fields.Count == 0)
        {
            return; // an owner without keys to write would get an empty insertion
        }

        if (!plan.TryGetValue(owner, out var node))
        {
            node = new Node(null);
            plan[owner] = node;
        }

        foreach (var field in fields)
        {
            node = node.Child(field);
        }
    }

    /// <summary>The edit that writes a plan's keys into its owner: after the owner's last line, at its keys' indentation.</summary>
    private static (TextEdit Edit, int Indent)? Insertion(SourceText source, string? file, YamlTreeNode owner, Node node, int step, HashSet<(YamlTreeNode, int)> aliases)
    {
        int indent;
        TextPoint last;
        if (owner is YamlMappingNode mapping)
        {
            indent = mapping.Entries[0].Key.Start.Column - 1;
            last = LastEnd(source, mapping, aliases);
        }
        else
        {
            // The key of an empty section: its keys one step further in than it.
            indent = owner.Start.Column - 1 + step;
            last = owner.End;
        }

        var newLine = source.NewLine;
        var lines = new StringBuilder();
        node.Write(lines, indent, step, newLine);
        var content = lines.ToString();
        if (content.Length == 0)
        {
            return null;
        }

        if (last.Column == 1 && last.Line > 1)
        {
            var at = source.LineStart(last.Line);
            return (source.Edit(file, at, at, content), indent);
        }

        var end = source.LineEnd(Math.Min(last.Line, source.LineCount));
        return (source.Edit(file, end, end, newLine + content[..^newLine.Length]), indent);
    }

    /// <summary>
    /// Where a mapping's last value ends: the end of its last scalar, or of its last key when the value is empty, or
    /// the line of an alias. An alias is the anchored node itself, with the anchor's lines: following it would end the
    /// section where the anchor is, maybe lines before the section's real end.
    /// </summary>
    private static TextPoint LastEnd(SourceText source, YamlTreeNode node, HashSet<(YamlTreeNode, int)> aliases)
    {
        while (true)
        {
            switch (node)
            {
                case YamlMappingNode { Entries.Count: > 0 } mapping when !IsFlow(source, mapping):
                    var (key, value) = mapping.Entries[^1];
                    if (aliases.Contains((mapping, mapping.Entries.Count - 1)))
                    {
                        return AliasLineEnd(source, mapping);
                    }

                    if (value is YamlScalarNode { IsNull: true, Value: "" })
                    {
                        return key.End;
                    }

                    node = value;
                    break;
                case YamlSequenceNode { Items.Count: > 0 } sequence when !IsFlow(source, sequence):
                    if (aliases.Contains((sequence, sequence.Items.Count - 1)))
                    {
                        return AliasLineEnd(source, sequence);
                    }

                    node = sequence.Items[^1];
                    break;
                default:
                    return node.End;
            }
        }
    }

    /// <summary>
    /// The end of the line of an alias that is the last value or item of a block collection: the collection's last line
    /// that is neither blank nor a comment, as only those can follow its last value.
    /// </summary>
    private static TextPoint AliasLineEnd(SourceText source, YamlTreeNode collection)
    {
        var line = collection.End.Line;
        if (line > source.LineCount)
        {
            line = source.LineCount; // the end of the stream is put on the line after a last line without a line break
        }
        else if (string.IsNullOrWhiteSpace(source.Line(line)[..Math.Min(collection.End.Column - 1, source.Line(line).Length)]))
        {
            line--; // the collection ends where the next line's content starts
        }

        while (line > collection.Start.Line && source.Line(line).TrimStart() is var content && (content.Length == 0 || content[0] == '#'))
        {
            line--;
        }

        return new TextPoint(line, source.Line(line).Length + 1);
    }

    /// <summary>
    /// The places in the tree that are aliases, as (collection, index of the value or item): the reader reuses the
    /// anchored node for each, so a node met again, walking the document in order, stands for an alias there.
    /// </summary>
    private static HashSet<(YamlTreeNode, int)> Aliases(YamlTreeNode root)
    {
        var aliases = new HashSet<(YamlTreeNode, int)>();
        var seen = new HashSet<YamlTreeNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(YamlTreeNode Node, YamlTreeNode? Parent, int Index)>();
        pending.Push((root, null, -1));
        while (pending.Count > 0)
        {
            var (node, parent, index) = pending.Pop();
            if (!seen.Add(node))
            {
                if (parent is not null && index >= 0)
                {
                    aliases.Add((parent, index));
                }

                continue; // its nodes were met at its anchor
            }

            // Children are pushed last first, so that they are met in the document's order (a key before its value).
            switch (node)
            {
                case YamlMappingNode mapping:
                    for (var i = mapping.Entries.Count - 1; i >= 0; i--)
                    {
                        pending.Push((mapping.Entries[i].Value, mapping, i));
                        pending.Push((mapping.Entries[i].Key, mapping, -1));
                    }

                    break;
                case YamlSequenceNode sequence:
                    for (var i = sequence.Items.Count - 1; i >= 0; i--)
                    {
                        pending.Push((sequence.Items[i], sequence, i));
                    }

                    break;
            }
        }

        return aliases;
    }

    /// <summary>The document's indentation step: how much further in the first nested block mapping's keys are than its key.</summary>
    private static int? Step(YamlMappingNode root)
    {
        foreach (var (key, value) in root.Entries)
        {
            if (value is YamlMappingNode { Entries.Count: > 0 } child && child.Entries[0].Key.Start.Line > key.Start.Line)
            {
                return child.Entries[0].Key.Start.Column - key.Start.Column;
            }
        }

        return null;
    }

    private static (string? Name, int? Index) Segment(string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            return (segment.Length > 0 ? segment : null, null);
        }

        return int.TryParse(segment[(bracket + 1)..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && segment[^1] == ']'
            ? (segment[..bracket], index)
            : (null, null);
    }

    /// <summary>A key to create, and the keys to create under it, in the catalogue's order.</summary>
    private sealed class Node(FieldDescriptor? field)
    {
        private readonly List<Node> _children = [];

        public FieldDescriptor? Field { get; } = field;

        public int Leaves => _children.Count == 0 ? (Field is null ? 0 : 1) : _children.Sum(c => c.Leaves);

        public Node Child(FieldDescriptor child)
        {
            var node = _children.FirstOrDefault(c => c.Field == child);
            if (node is null)
            {
                node = new Node(child);
                _children.Add(node);
            }

            return node;
        }

        public void Write(StringBuilder lines, int indent, int step, string newLine)
        {
            foreach (var child in _children.OrderBy(c => Order(c.Field!)))
            {
                lines.Append(' ', indent).Append(child.Field!.Name).Append(':');
                if (child._children.Count == 0)
                {
                    lines.Append("  # ").Append(Comment(child.Field));
                }

                lines.Append(newLine);
                child.Write(lines, indent + step, step, newLine);
            }
        }

        private static int Order(FieldDescriptor field) => field.Property.MetadataToken;

        private static string Comment(FieldDescriptor field)
        {
            var description = MessageText.Line(field.Description).Trim().TrimEnd('.');
            return (description.Length > 0 ? description + ". " : string.Empty) + "Declare " + field.Shape.Describe() + (field.Required ? " (required)" : string.Empty) + ".";
        }
    }
}

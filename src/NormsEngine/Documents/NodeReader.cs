using System.Globalization;
using NormsEngine.Diagnostics;

namespace NormsEngine.Documents;

/// <summary>
/// The strict YAML reading kit that the binder, the configuration reader and the pack parser share: mapping keys,
/// unknown keys with a "did you mean", required keys, tags and scalars of each type read with the YAML 1.2 core
/// schema, and every mistake a finding with the file, line, column and YAML path, its values quoted on one line.
/// Duplicate keys never reach it: <see cref="YamlReader"/> reports the second one (NE0004) and keeps the first.
/// </summary>
internal sealed class NodeReader
{
    private readonly List<Finding> _findings;
    private readonly RuleDescriptor _invalid;
    private readonly RuleDescriptor _unknownKey;
    private readonly string _fileKind;
    private readonly string _root;

    /// <summary>Creates a reader that adds its findings to <paramref name="findings"/>.</summary>
    /// <param name="file">The file findings name, or <c>null</c>.</param>
    /// <param name="findings">Where findings go.</param>
    /// <param name="invalid">The descriptor of a value that is not what it should be (NE0003 in documents, NE0101 in packs, NE0103 in configuration).</param>
    /// <param name="fileKind">What the file is, for messages about tags: "a practices document".</param>
    /// <param name="root">How messages name the file's root: "The document".</param>
    /// <param name="unknownKey">The descriptor of an unknown key, when not <paramref name="invalid"/> (NE0002 in documents).</param>
    public NodeReader(string? file, List<Finding> findings, RuleDescriptor invalid, string fileKind, string root, RuleDescriptor? unknownKey = null)
    {
        File = file;
        _findings = findings;
        _invalid = invalid;
        _unknownKey = unknownKey ?? invalid;
        _fileKind = fileKind;
        _root = root;
    }

    /// <summary>The file findings name.</summary>
    public string? File { get; }

    /// <summary>The text read, when fixes are computed; <c>null</c> for no fixes.</summary>
    public SourceText? Source { get; set; }

    /// <summary>How many findings there are so far: a part read with none added is valid.</summary>
    public int Count => _findings.Count;

    // ---- positions and findings ----

    /// <summary>The location of a span; an empty span (a value written as nothing) is widened to one column.</summary>
    public static SourceLocation Locate(string? file, string path, TextPoint start, TextPoint end)
    {
        if (end.Line < start.Line || (end.Line == start.Line && end.Column <= start.Column))
        {
            end = start with { Column = start.Column + 1 };
        }

        return new SourceLocation(file, path, start.Line, start.Column, end.Line, end.Column);
    }

    /// <summary>The location of a node: its span, or its first column when it spans nothing.</summary>
    public SourceLocation Locate(YamlTreeNode node, string path) => Locate(File, path, node.Start, node.End);

    /// <summary>A finding at a node; <paramref name="descriptor"/> defaults to the reader's descriptor of an invalid value.</summary>
    public void Report(YamlTreeNode node, string path, string message, RuleDescriptor? descriptor = null) =>
        Report(Locate(node, path), message, descriptor);

    /// <summary>A finding at a span.</summary>
    public void Report(TextPoint start, TextPoint end, string path, string message, RuleDescriptor? descriptor = null) =>
        Report(Locate(File, path, start, end), message, descriptor);

    /// <summary>A finding at a location; its message made one line (<see cref="MessageText.Line"/>) whatever the values in it hold.</summary>
    public void Report(SourceLocation at, string message, RuleDescriptor? descriptor = null, CodeFix? fix = null) =>
        _findings.Add(new Finding(descriptor ?? _invalid, MessageText.Line(message), at) { Fixes = fix is null ? [] : [fix] });

    /// <summary>
    /// A fix that writes <paramref name="value"/> in place of a scalar (keeping its quotes unless
    /// <paramref name="keepQuotes"/> is false); <c>null</c> without a source text or where the scalar is not written simply.
    /// </summary>
    public CodeFix? Fix(YamlScalarNode scalar, string value, string title, RuleDescriptor? descriptor = null, bool keepQuotes = true) =>
        Source?.Replace(File, scalar, value, keepQuotes) is { } edit ? new CodeFix(MessageText.Line(title), (descriptor ?? _invalid).Id, [edit]) : null;

    /// <summary>NE0003-style "<paramref name="subject"/> must be <paramref name="expected"/>; found ...".</summary>
    public void Invalid(YamlTreeNode node, string path, string subject, string expected) =>
        Report(node, path, $"{subject} must be {expected}; found {Found(node)}.");

    // ---- words ----

    /// <summary>A value as messages quote it (<see cref="MessageText.Quote"/>).</summary>
    public static string Quote(string value) => MessageText.Quote(value);

    /// <summary>What a node is: mapping, list or scalar.</summary>
    public static string Kind(YamlTreeNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "scalar",
    };

    /// <summary>What was found, for "must be X; found Y": nothing, the text 'a' (quoted or tagged), 'a', a mapping, a list.</summary>
    public static string Found(YamlTreeNode node) => node switch
    {
        YamlScalarNode { IsNull: true } => "nothing",
        YamlScalarNode { IsPlain: false } s => $"the text '{Quote(s.Value)}'",
        YamlScalarNode s => $"'{Quote(s.Value)}'",
        _ => "a " + Kind(node),
    };

    /// <summary>The path of a mapping's entry: <c>a.b</c>, or <c>b</c> at the root.</summary>
    public static string Child(string path, string name) => path.Length == 0 ? name : path + "." + name;

    /// <summary>The path of a list's item: <c>a[2]</c>.</summary>
    public static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>" in a.b", or nothing at the root.</summary>
    public static string In(string path) => path.Length == 0 ? string.Empty : " in " + path;

    // ---- keys ----

    /// <summary>The key of a mapping entry when it is text; otherwise (a mapping or list as a key) a finding and <c>null</c>.</summary>
    public YamlScalarNode? Key(YamlTreeNode key, string path, KeyKind kind)
    {
        if (key is YamlScalarNode scalar)
        {
            return scalar;
        }

        Report(key, path, $"A {kind.Noun} name must be text; found a {Kind(key)} as a key{In(path)}.");
        return null;
    }

    /// <summary>An unknown key: the known one meant when one is close, else the known ones.</summary>
    /// <param name="key">The key.</param>
    /// <param name="path">The key's path.</param>
    /// <param name="kind">What keys are called there.</param>
    /// <param name="known">The keys known there.</param>
    /// <param name="where">Where, for the message: " in a rule", " at the top level", or empty.</param>
    public void UnknownKey(YamlScalarNode key, string path, KeyKind kind, IReadOnlyCollection<string> known, string where)
    {
        var suggestion = Suggestions.Closest(key.Value, known);
        var fix = Suggestions.Unambiguous(key.Value, known) is { } meant && !known.Contains(key.Value)
            ? Fix(key, meant, $"Rename '{Quote(key.Value)}' to '{meant}'", _unknownKey)
            : null;
        Report(Locate(key, path), $"Unknown {kind.Noun} '{Quote(key.Value)}'{where}" + (suggestion is not null
            ? $"; did you mean '{suggestion}'?"
            : $"; known {kind.Noun}s: {string.Join(", ", known)}." + (kind.AllowsExtensions ? $" Extension {kind.Noun}s start with x-." : string.Empty)), _unknownKey, fix);
    }

    /// <summary>
    /// The entries of a mapping with known keys, in document order: a key that is not text, has a tag other than the
    /// core ones or is unknown is a finding; an <c>x-</c> key is skipped where the kind of mapping allows extensions.
    /// </summary>
    public YamlEntries Entries(YamlMappingNode mapping, string path, KeyKind kind, IReadOnlyCollection<string> known, string where)
    {
        var entries = new YamlEntries();
        foreach (var (keyNode, value) in mapping.Entries)
        {
            if (Key(keyNode, path, kind) is not { } key)
            {
                continue;
            }

            var childPath = Child(path, key.Value);
            if (!TagIsAllowed(key, childPath) || (kind.AllowsExtensions && key.Value.StartsWith("x-", StringComparison.Ordinal)))
            {
                continue; // extension keys are for tools and people; the engine ignores them
            }

            if (!known.Contains(key.Value))
            {
                UnknownKey(key, childPath, kind, known, where);
                continue;
            }

            entries.Add(new YamlEntry(key, value, childPath));
        }

        return entries;
    }

    /// <summary>The entries of a mapping whose keys are names the caller checks (rule IDs, threshold names), in document order.</summary>
    public YamlEntries Entries(YamlMappingNode mapping, string path, KeyKind kind)
    {
        var entries = new YamlEntries();
        foreach (var (keyNode, value) in mapping.Entries)
        {
            if (Key(keyNode, path, kind) is { } key && TagIsAllowed(key, Child(path, key.Value)))
            {
                entries.Add(new YamlEntry(key, value, Child(path, key.Value)));
            }
        }

        return entries;
    }

    /// <summary>The entry <paramref name="name"/>, or a finding at the owner that it is missing.</summary>
    public YamlEntry? Require(YamlEntries entries, string name, YamlTreeNode owner, string ownerPath, string subject)
    {
        if (entries.TryGetValue(name, out var entry))
        {
            return entry;
        }

        Report(owner, Child(ownerPath, name), $"{subject} has no '{name}'; it is required.");
        return null;
    }

    // ---- tags ----

    /// <summary>
    /// Whether a node's tag is one the kit reads: none, a core scalar tag on a scalar, <c>!!map</c> on a mapping,
    /// <c>!!seq</c> on a sequence. Any other tag (local <c>!thing</c>, another vocabulary's) is a finding: its meaning
    /// is not the reader's to guess, and silently ignoring it would read a value its author meant differently.
    /// </summary>
    public bool TagIsAllowed(YamlTreeNode node, string path)
    {
        if (node.Tag is not { } tag)
        {
            return true;
        }

        var allowed = node switch
        {
            YamlMappingNode => tag == YamlTreeNode.CoreTagPrefix + "map",
            YamlSequenceNode => tag == YamlTreeNode.CoreTagPrefix + "seq",
            _ => CoreSchema.IsScalarTag(tag),
        };
        if (!allowed)
        {
            Report(node, path,
                $"{Subject(path)} has the tag {Quote(CoreSchema.Show(tag))}, which {_fileKind} cannot use on a {(node is YamlScalarNode ? "value" : Kind(node))}; " +
                "only the YAML core tags are read (!!str, !!int, !!float, !!bool and !!null on values, !!map and !!seq on collections). Remove the tag.");
        }

        return allowed;
    }

    /// <summary>A scalar's core-schema type; a finding (and <c>null</c>) when its text does not fit its core tag.</summary>
    public CoreType? Resolve(YamlScalarNode scalar, string path)
    {
        if (CoreSchema.Resolve(scalar) is { } type)
        {
            return type;
        }

        Report(scalar, path,
            $"{Subject(path)} is tagged {CoreSchema.Show(scalar.Tag!)}, which needs {CoreSchema.Needs(scalar.Tag!)}; found '{Quote(scalar.Value)}'.");
        return null;
    }

    /// <summary>A scalar's core-schema type once its tag is checked (<see cref="TagIsAllowed"/>, <see cref="Resolve"/>); <c>null</c> after a finding.</summary>
    public CoreType? Type(YamlScalarNode scalar, string path) => TagIsAllowed(scalar, path) ? Resolve(scalar, path) : null;

    /// <summary>The mapping, or a finding "<paramref name="subject"/> must be <paramref name="expected"/>" and <c>null</c>; nothing at all for <paramref name="allowNull"/> and a null value.</summary>
    public YamlMappingNode? Mapping(YamlTreeNode node, string path, string subject, string expected, bool allowNull = false)
    {
        if (node is YamlMappingNode mapping)
        {
            return TagIsAllowed(mapping, path) ? mapping : null;
        }

        if (!(allowNull && node is YamlScalarNode { IsNull: true }))
        {
            Invalid(node, path, subject, expected);
        }

        return null;
    }

    /// <summary>The list, or a finding "<paramref name="subject"/> must be <paramref name="expected"/>" and <c>null</c>; nothing at all for <paramref name="allowNull"/> and a null value.</summary>
    public YamlSequenceNode? Sequence(YamlTreeNode node, string path, string subject, string expected, bool allowNull = false)
    {
        if (node is YamlSequenceNode sequence)
        {
            return TagIsAllowed(sequence, path) ? sequence : null;
        }

        if (!(allowNull && node is YamlScalarNode { IsNull: true }))
        {
            Invalid(node, path, subject, expected);
        }

        return null;
    }

    // ---- scalars ----

    // Each typed read reports a value that is not of its type as "<subject> must be <expected>; found ...", or as
    // the caller's own message; a tag that does not fit is reported as such, once.

    /// <summary>
    /// A scalar's text as written, whatever its core type (<c>1.0</c> is the text "1.0" for a version); a finding for
    /// a null value, a collection, blank text when <paramref name="nonBlank"/>, or a tag that does not fit.
    /// </summary>
    public string? Text(YamlTreeNode node, string path, string subject, bool nonBlank = false, string? message = null)
    {
        if (node is YamlScalarNode { IsNull: false } scalar && (!nonBlank || !string.IsNullOrWhiteSpace(scalar.Value)))
        {
            return Type(scalar, path) is null ? null : scalar.Value;
        }

        Report(node, path, message ?? $"{subject} must be text; found {Found(node)}.");
        return null;
    }

    /// <summary>A boolean (<see cref="Scalars.Boolean"/>), or a finding "<paramref name="subject"/> must be true or false" (or <paramref name="message"/>).</summary>
    public bool? Bool(YamlTreeNode node, string path, string subject, string? message = null) =>
        Read(node, path, message ?? $"{subject} must be true or false; found {Found(node)}.", Scalars.Boolean);

    /// <summary>A number (<see cref="Scalars.Number"/>), or a finding "<paramref name="subject"/> must be <paramref name="expected"/>".</summary>
    public decimal? Number(YamlTreeNode node, string path, string subject, string expected = "a number") =>
        Read(node, path, $"{subject} must be {expected}; found {Found(node)}.", Scalars.Number);

    /// <summary>A date written YYYY-MM-DD (<see cref="Scalars.Date"/>), or a finding "<paramref name="subject"/> must be a date as YYYY-MM-DD".</summary>
    public DateOnly? Date(YamlTreeNode node, string path, string subject) =>
        Read(node, path, $"{subject} must be a date as YYYY-MM-DD; found {Found(node)}.", Scalars.Date);

    /// <summary>
    /// One of <paramref name="choices"/>, written as text (in any ASCII case when <paramref name="ignoreCase"/>; the
    /// choice is returned as listed); otherwise a finding "<paramref name="head"/>; expected <paramref name="expected"/>"
    /// with the choice meant when one is close.
    /// </summary>
    /// <param name="node">The value.</param>
    /// <param name="path">Its path.</param>
    /// <param name="choices">The values it can take.</param>
    /// <param name="head">The start of the message, given the value quoted: <c>q =&gt; $"Unknown principle '{q}'"</c>.</param>
    /// <param name="expected">The values in words; "one of" the choices when <c>null</c>.</param>
    /// <param name="ignoreCase">Whether the case of ASCII letters is ignored.</param>
    public string? Choice(YamlTreeNode node, string path, IReadOnlyList<string> choices, Func<string, string> head, string? expected = null, bool ignoreCase = false)
    {
        expected ??= "one of " + string.Join(", ", choices);
        if (node is not YamlScalarNode { IsNull: false } scalar)
        {
            Invalid(node, path, Subject(path), expected);
            return null;
        }

        if (Type(scalar, path) is not { } type)
        {
            return null;
        }

        if (type == CoreType.Str)
        {
            foreach (var choice in choices)
            {
                if (ignoreCase ? System.Text.Ascii.EqualsIgnoreCase(choice, scalar.Value) : choice == scalar.Value)
                {
                    return choice;
                }
            }
        }

        UnknownChoice(scalar, path, choices, $"{head("'" + Quote(scalar.Value) + "'")}; expected {expected}");
        return null;
    }

    /// <summary>A value that is none of <paramref name="choices"/>: <paramref name="message"/>, then the choice meant when one is close.</summary>
    public void UnknownChoice(YamlScalarNode scalar, string path, IEnumerable<string> choices, string message)
    {
        var suggestion = Suggestions.Closest(scalar.Value, choices);
        var fix = Suggestions.Unambiguous(scalar.Value, choices) is { } meant && meant != scalar.Value
            ? Fix(scalar, meant, $"Replace '{Quote(scalar.Value)}' with '{meant}'")
            : null;
        Report(Locate(scalar, path), message + (suggestion is null ? "." : $". Did you mean '{suggestion}'?"), fix: fix);
    }

    /// <summary>A scalar as plain data (<see cref="Scalars.Plain"/>); <c>null</c> for null, or after a finding about its tag.</summary>
    public object? Plain(YamlScalarNode scalar, string path) =>
        Type(scalar, path) is { } type ? Scalars.Plain(type, scalar.Value) : null;

    private T? Read<T>(YamlTreeNode node, string path, string message, Func<CoreType, string, T?> read)
        where T : struct
    {
        if (node is YamlScalarNode { IsNull: false } scalar)
        {
            if (Type(scalar, path) is not { } type)
            {
                return null;
            }

            if (read(type, scalar.Value) is { } value)
            {
                return value;
            }
        }

        Report(node, path, message);
        return null;
    }

    private string Subject(string path) => path.Length == 0 ? _root : path;
}

/// <summary>A mapping entry whose key is text: the key, the value and the value's YAML path.</summary>
internal readonly record struct YamlEntry(YamlScalarNode Key, YamlTreeNode Value, string Path);

/// <summary>What a kind of mapping calls its keys in messages ("field", "key", "configuration key"), and whether it allows <c>x-</c> extension keys.</summary>
internal sealed record KeyKind(string Noun, bool AllowsExtensions);

/// <summary>A mapping's entries by key, in document order.</summary>
internal sealed class YamlEntries : IEnumerable<YamlEntry>
{
    private readonly List<YamlEntry> _entries = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public YamlEntry this[string key] => _entries[_index[key]];

    public bool Contains(string key) => _index.ContainsKey(key);

    public bool TryGetValue(string key, out YamlEntry entry)
    {
        var found = _index.TryGetValue(key, out var at);
        entry = found ? _entries[at] : default;
        return found;
    }

    public IEnumerator<YamlEntry> GetEnumerator() => _entries.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Add(YamlEntry entry)
    {
        if (_index.TryAdd(entry.Key.Value, _entries.Count))
        {
            _entries.Add(entry);
        }
    }
}

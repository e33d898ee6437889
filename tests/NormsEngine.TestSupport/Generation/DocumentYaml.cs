using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.TypeInspectors;
using YamlDotNet.Serialization.TypeResolvers;

namespace NormsEngine.TestSupport.Generation;

/// <summary>
/// Writes one practices document through YamlDotNet's emitter: mappings in block style, lists of values in flow
/// style (<c>[a, b]</c>), lists of mappings in block style. Scalars go through the serializer's own
/// <see cref="TypeAssigningEventEmitter"/>, which formats numbers and booleans invariantly and double-quotes a string
/// that a YAML 1.1 or 1.2 reader would take for something else (<c>true</c>, <c>no</c>, <c>12</c>, <c>~</c>).
/// Sections are opened lazily: a section's key is written with its first field, so a section whose fields were all
/// left out does not appear at all.
/// </summary>
public sealed class DocumentYaml
{
    // One for all documents: it compiles its regular expressions when created, and keeps no state between scalars.
    private static readonly TypeAssigningEventEmitter Scalars = new(
        new WriterEventEmitter(),
        new Dictionary<Type, TagName>(),
        quoteNecessaryStrings: true,
        quoteYaml1_1Strings: true,
        defaultScalarStyle: ScalarStyle.Any,
        formatter: YamlFormatter.Default,
        enumNamingConvention: NullNamingConvention.Instance,
        typeInspector: new ReadablePropertiesTypeInspector(new StaticTypeResolver()));

    private readonly IEmitter _emitter;
    private readonly List<string> _sections = [];
    private int _written;

    /// <summary>Starts a document on <paramref name="writer"/>, after <paramref name="comment"/> (one line, written as <c># comment</c>).</summary>
    public DocumentYaml(TextWriter writer, string comment)
    {
        // No line folding (one value a line, as people write these files) and LF everywhere.
        var settings = new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: true, newLine: "\n");
        _emitter = new Emitter(writer, settings);
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new Comment(comment, isInline: false));
        _emitter.Emit(new DocumentStart());
        _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
    }

    /// <summary>Ends the document and the stream.</summary>
    public void End()
    {
        _emitter.Emit(new MappingEnd());
        _emitter.Emit(new DocumentEnd(isImplicit: true));
        _emitter.Emit(new StreamEnd());
    }

    /// <summary>Opens a section: a mapping under <paramref name="name"/>, written only if a field is written in it.</summary>
    public void Open(string name) => _sections.Add(name);

    /// <summary>Closes the innermost section.</summary>
    public void Close()
    {
        if (_written == _sections.Count)
        {
            _emitter.Emit(new MappingEnd());
            _written--;
        }

        _sections.RemoveAt(_sections.Count - 1);
    }

    /// <summary>A field of one value: a string (quoted when it must be), a boolean or a number.</summary>
    public void Field<T>(string name, T value)
        where T : notnull
    {
        Key(name);
        Scalar(value);
    }

    /// <summary>A date field, <c>yyyy-MM-dd</c>.</summary>
    public void Date(string name, DateOnly date)
    {
        Key(name);
        Scalar(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>A list of values (strings or numbers) in flow style; <c>[]</c> when empty.</summary>
    public void List<T>(string name, IEnumerable<T> items)
        where T : notnull
    {
        Key(name);
        _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow));
        foreach (var item in items)
        {
            Scalar(item);
        }

        _emitter.Emit(new SequenceEnd());
    }

    /// <summary>Starts a block list of mappings under <paramref name="name"/>: <see cref="StartItem"/> and <see cref="EndItem"/> around each item's fields, then <see cref="EndItems"/>.</summary>
    public void StartItems(string name)
    {
        Key(name);
        _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
    }

    /// <summary>Starts one item of the list.</summary>
    public void StartItem() => _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));

    /// <summary>Ends one item of the list.</summary>
    public void EndItem() => _emitter.Emit(new MappingEnd());

    /// <summary>Ends the list.</summary>
    public void EndItems() => _emitter.Emit(new SequenceEnd());

    /// <summary>Writes the keys of the sections not written yet, then <paramref name="name"/>.</summary>
    private void Key(string name)
    {
        for (; _written < _sections.Count; _written++)
        {
            Scalar(_sections[_written]);
            _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
        }

        Scalar(name);
    }

    private void Scalar<T>(T value) where T : notnull =>
        Scalars.Emit(new ScalarEventInfo(new ObjectDescriptor(value, typeof(T), typeof(T))), _emitter);
}

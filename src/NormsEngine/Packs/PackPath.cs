using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using NormsEngine.Model;

namespace NormsEngine.Packs;

/// <summary>
/// A path in a YAML pack, checked against the model when the pack loads: a field of the organisation
/// (<c>hygiene.mfa.adminPct</c>), of the <c>forEach</c> item (<c>item.lastAssessment</c>), or an extension field
/// (<c>x-sector.code</c>, <c>item.x-tier</c>). Model fields are read through a compiled member chain built once.
/// </summary>
internal sealed class PackPath
{
    /// <summary>The item prefix of paths that refer to the <c>forEach</c> item.</summary>
    public const string ItemPrefix = "item.";

    /// <summary>The one list of objects in the model, and so the one <c>forEach</c> target.</summary>
    public const string SuppliersPath = "supplyChain.suppliers";

    private static readonly ParameterExpression OrganisationParameter = Expression.Parameter(typeof(Organisation), "organisation");
    private static readonly ParameterExpression ItemParameter = Expression.Parameter(typeof(Supplier), "item");

    private readonly Func<Organisation, Supplier?, object?>? _read;
    private readonly string? _extensionKey;
    private readonly string[] _extensionRest = [];

    private PackPath(string text, bool isItem, string relative, FieldShape? shape, IReadOnlyList<PropertyInfo> chain, string? extensionKey, string[] extensionRest)
    {
        Text = text;
        IsItem = isItem;
        Relative = relative;
        Shape = shape;
        _extensionKey = extensionKey;
        _extensionRest = extensionRest;
        if (extensionKey is null)
        {
            _read = Compile(isItem, chain);
        }
    }

    /// <summary>The path as written in the pack.</summary>
    public string Text { get; }

    /// <summary>Whether the path refers to the <c>forEach</c> item.</summary>
    public bool IsItem { get; }

    /// <summary>The path from its target (the organisation or the item), without <c>item.</c>.</summary>
    public string Relative { get; }

    /// <summary>The field's shape, or <c>null</c> for an extension field (typed at run time).</summary>
    public FieldShape? Shape { get; }

    public bool IsExtension => _extensionKey is not null;

    /// <summary>The shape of the <c>forEach</c> item: a supplier.</summary>
    public static FieldShape ItemShape => FieldCatalog.Organisation.FieldsByName["supplyChain"].Shape.FieldsByName["suppliers"].Shape.Element!;

    /// <summary>The YAML path of the value in the document being evaluated.</summary>
    public string Absolute(Supplier? item) => IsItem && item is not null ? item.Path + "." + Relative : Relative;

    /// <summary>The value in normal form (<see cref="PackValue"/>), or <c>null</c> when not declared.</summary>
    public object? Read(Organisation organisation, Supplier? item)
    {
        if (_read is not null)
        {
            return PackValue.Normalize(_read(organisation, item));
        }

        var key = IsItem && item is not null ? item.Path + "." + _extensionKey : _extensionKey!;
        if (!organisation.Extensions.TryGetValue(key, out var value))
        {
            return null;
        }

        foreach (var name in _extensionRest)
        {
            if (value is not IDictionary dictionary || !dictionary.Contains(name))
            {
                return null;
            }

            value = dictionary[name];
        }

        return PackValue.Normalize(value);
    }

    /// <summary>
    /// The path meant when <paramref name="text"/> does not resolve only because of mistyped field names, each with one
    /// unambiguous suggestion (<see cref="Documents.Suggestions.Unambiguous"/>): what a fix may write; else <c>null</c>.
    /// </summary>
    internal static string? Corrected(string text, bool forEach)
    {
        var segments = text.Split('.');
        var isItem = segments[0] == "item";
        var shape = isItem ? ItemShape : FieldCatalog.Organisation;
        for (var i = isItem ? 1 : 0; i < segments.Length && shape.Kind == ValueKind.Object && !segments[i].StartsWith("x-", StringComparison.Ordinal); i++)
        {
            if (!shape.FieldsByName.TryGetValue(segments[i], out var field)
                && (Documents.Suggestions.Unambiguous(segments[i], shape.FieldsByName.Keys) is not { } meant || !shape.FieldsByName.TryGetValue(segments[i] = meant, out field)))
            {
                return null;
            }

            shape = field.Shape;
        }

        var corrected = string.Join('.', segments);
        return corrected != text && Resolve(corrected, forEach, out _) is not null ? corrected : null;
    }

    /// <summary>Checks <paramref name="text"/> against the model; on failure <paramref name="error"/> says why, with a "did you mean".</summary>
    public static PackPath? Resolve(string text, bool forEach, out string? error)
    {
        error = null;
        var segments = text.Split('.');
        if (text.Length == 0 || segments.Any(s => s.Length == 0))
        {
            error = $"'{text}' is not a path: write field names separated by dots, for example incidentResponse.reporting.earlyWarningHours.";
            return null;
        }

        if (segments.FirstOrDefault(s => s.Contains('[', StringComparison.Ordinal) || s.Contains(']', StringComparison.Ordinal)) is { } indexed)
        {
            error = $"The path '{text}' indexes a list ('{indexed}'); paths name fields. To check each supplier, use forEach: {SuppliersPath} and item. paths.";
            return null;
        }

        var isItem = segments[0] == "item";
        if (isItem && !forEach)
        {
            error = $"The path '{text}' refers to the forEach item, but the rule has no forEach; add forEach: {SuppliersPath}.";
            return null;
        }

        if (isItem && segments.Length == 1)
        {
            error = $"The path '{text}' names the item itself; name one of its fields: {string.Join(", ", ItemShape.Fields.Select(f => ItemPrefix + f.Name))}.";
            return null;
        }

        var shape = isItem ? ItemShape : FieldCatalog.Organisation;
        var start = isItem ? 1 : 0;
        var chain = new List<PropertyInfo>();
        for (var i = start; i < segments.Length; i++)
        {
            var name = segments[i];
            var prefix = string.Join('.', segments[..i]);
            if (name.StartsWith("x-", StringComparison.Ordinal))
            {
                var relative = string.Join('.', segments[start..]);
                return new PackPath(text, isItem, relative, null, chain, string.Join('.', segments[start..(i + 1)]), segments[(i + 1)..]);
            }

            if (shape.Kind != ValueKind.Object)
            {
                error = shape.Kind == ValueKind.List && shape.Element!.Kind == ValueKind.Object
                    ? $"The path '{text}' goes into '{prefix}', which is a list; to check each item, use forEach: {prefix} and item.{string.Join('.', segments[i..])}."
                    : $"The path '{text}' goes into '{prefix}', which is {shape.Describe()} and has no fields.";
                return null;
            }

            if (!shape.FieldsByName.TryGetValue(name, out var field))
            {
                error = UnknownField(text, segments, i, shape, forEach && !isItem && i == 0);
                return null;
            }

            chain.Add(field.Property);
            shape = field.Shape;
        }

        return new PackPath(text, isItem, string.Join('.', segments[start..]), shape, chain, null, []);
    }

    private static string UnknownField(string text, string[] segments, int i, FieldShape shape, bool couldBeItem)
    {
        var name = segments[i];
        var prefix = string.Join('.', segments[..i]);
        var where = prefix.Length == 0 ? "at the top level" : prefix == "item" ? "in a supplier" : $"in {prefix}";
        if (couldBeItem && ItemShape.FieldsByName.ContainsKey(name))
        {
            return $"Unknown path '{text}': there is no field '{name}' {where}; did you mean '{ItemPrefix}{text}' (a field of the forEach item)?";
        }

        var suggestion = Documents.Suggestions.Closest(name, shape.Fields.Select(f => f.Name));
        if (suggestion is not null)
        {
            var suggested = string.Join('.', segments[..i].Append(suggestion).Concat(segments[(i + 1)..]));
            return $"Unknown path '{text}': there is no field '{name}' {where}; did you mean '{suggested}'?";
        }

        return $"Unknown path '{text}': there is no field '{name}' {where}; known fields: {string.Join(", ", shape.Fields.Select(f => f.Name))}. Extension fields start with x-.";
    }

    /// <summary>Compiles <c>(organisation, item) =&gt; (object)target.A.B.C</c> with a null check at each reference step.</summary>
    private static Func<Organisation, Supplier?, object?> Compile(bool isItem, IReadOnlyList<PropertyInfo> chain)
    {
        Expression start = isItem ? ItemParameter : OrganisationParameter;
        var body = Chain(start, chain, 0);
        return Expression.Lambda<Func<Organisation, Supplier?, object?>>(body, OrganisationParameter, ItemParameter).Compile();
    }

    private static Expression Chain(Expression current, IReadOnlyList<PropertyInfo> chain, int index)
    {
        var rest = index == chain.Count
            ? Expression.Convert(current, typeof(object))
            : Chain(Expression.Property(current, chain[index]), chain, index + 1);
        return current.Type.IsValueType
            ? rest
            : Expression.Condition(Expression.ReferenceEqual(current, Expression.Constant(null, current.Type)), Expression.Constant(null, typeof(object)), rest);
    }
}

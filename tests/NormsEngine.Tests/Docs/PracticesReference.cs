using System.Globalization;
using System.Text;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.ParisCall;

namespace NormsEngine.Tests.Docs;

/// <summary>
/// The field reference <c>docs/practices-document.md</c>: how to write a practices document, then every field of the
/// model (<see cref="FieldCatalog"/>) with its type, unit, allowed values, range, pattern, what not declaring it means,
/// whether it is required, its description, and which Paris Call rules read it (<see cref="RuleReads"/>). It lives with
/// the test that regenerates and compares the page (<see cref="PracticesReferenceTests"/>), not in the tool: it needs
/// the model's internals (which only the library's tests see) and the built-in pack, and the page is a repository file,
/// not something the tool prints. The same model and pack give the same bytes.
/// </summary>
internal static partial class PracticesReference
{
    /// <summary>The page's path from the repository root.</summary>
    public const string RelativePath = "docs/practices-document.md";

    // Where the page links to a rule's page: the descriptors' help links, made relative to docs/.
    private const string RulePagesFromDocs = "../rules/";

    /// <summary>Column of the comments in the YAML outlines, so that they line up.</summary>
    private const int CommentColumn = 44;

    // Example texts for the outlines; a field with a pattern shows the first it accepts.
    private static readonly string[] OutlineTexts = ["Example", "FRA"];

    /// <summary>What the model cannot say about a field, by path: what the engine itself does with it.</summary>
    private static readonly Dictionary<string, (string Note, string? NotDeclared)> EngineNotes = new(StringComparer.Ordinal)
    {
        ["metadata.name"] = ("Reports and outputs name the document by it.", null),
        ["metadata.assessedOn"] = (
            "`--as-of` on the command line (or `EvaluationOptions.AsOf` in code) overrides it; the report says which date was used.",
            "today's date is the as-of date, unless `--as-of` gives one."),
    };

    /// <summary>Generates the page from the model and the built-in Paris Call pack.</summary>
    public static string Generate() => Generate(RuleReads.Probe(new ParisCallPack()));

    /// <summary>Generates the page from the model and what the probes found.</summary>
    public static string Generate(RuleReads reads)
    {
        foreach (var path in EngineNotes.Keys.Where(p => FieldCatalog.Find(p) is null))
        {
            throw new InvalidOperationException($"{nameof(EngineNotes)} names {path}, which the model does not have.");
        }

        var page = new Page();
        WriteIntroduction(page, reads);
        foreach (var section in FieldCatalog.Organisation.Fields)
        {
            WriteSection(page, section, reads);
        }

        WriteRuleIndex(page, reads);
        return page.ToString();
    }

    /// <summary>Every field under <paramref name="shape"/>, in model order, with its path (list items written <c>[]</c>).</summary>
    internal static IEnumerable<(string Path, FieldDescriptor Field)> Fields(FieldShape shape, string path)
    {
        foreach (var field in shape.Fields)
        {
            var childPath = path.Length == 0 ? field.Name : path + "." + field.Name;
            yield return (childPath, field);
            var inner = field.Shape.Kind switch
            {
                ValueKind.Object => (field.Shape, childPath),
                ValueKind.List when field.Shape.Element!.Kind == ValueKind.Object => (field.Shape.Element, childPath + "[]"),
                _ => default((FieldShape, string)?),
            };
            if (inner is var (innerShape, innerPath))
            {
                foreach (var nested in Fields(innerShape, innerPath))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>The anchor GitHub gives a heading that is a path in backticks: lower case, without dots, brackets and backticks.</summary>
    internal static string Anchor(string path) =>
        new([.. path.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')]);

    private static void WriteSection(Page page, FieldDescriptor section, RuleReads reads)
    {
        page.Heading(2, $"`{section.Name}`");
        page.Line(section.Description);
        page.Line();
        page.Line("```yaml");
        WriteOutline(page, section, section.Name, 0);
        page.Line("```");
        foreach (var (path, field) in Fields(section.Shape, section.Name))
        {
            WriteField(page, path, field, reads);
        }
    }

    private static void WriteField(Page page, string path, FieldDescriptor field, RuleReads reads)
    {
        page.Heading(3, $"`{path}`");
        page.Line(field.Description);
        if (EngineNotes.TryGetValue(path, out var note))
        {
            page.Line();
            page.Line(note.Note);
        }

        page.Line();
        page.Line($"- **Type:** {TypeOf(field.Shape)}");
        if (AllowedValues(field.Shape) is { } allowed)
        {
            page.Line($"- **Allowed values:** {allowed}");
        }

        if (field.Shape.IsUrl)
        {
            page.Line("- **Rule:** an absolute `https://` URL with a host; ASCII only, no spaces, no user name (see [URLs](#urls)).");
        }
        else if (field.Shape.Pattern is { } pattern)
        {
            page.Line($"- **Pattern:** `{pattern}`");
        }

        page.Line($"- **Required:** {(IsRequired(field) ? "yes; NE0007 when it is missing" : "no")}");
        page.Line($"- **Not declared:** {NotDeclared(path, field, reads)}");
        var read = reads.ByPath.GetValueOrDefault(path);
        if (read is { Applies.Count: > 0 })
        {
            page.Line($"- **Decides whether these rules apply:** {RuleLinks(read.Applies, reads)}");
        }

        if (read is { Checks.Count: > 0 })
        {
            page.Line($"- **Checked by:** {RuleLinks(read.Checks, reads)}");
        }

        if (read is null || read.Applies.Count + read.Checks.Count == 0)
        {
            page.Line("- **Read by rules:** none of the built-in Paris Call rules (custom rule packs may read it).");
        }
    }

    /// <summary>A required field, or a section that holds one (NE0007 when it is missing).</summary>
    private static bool IsRequired(FieldDescriptor field) =>
        field.Required || (field.Shape.Kind == ValueKind.Object && field.Shape.Fields.Any(f => f.Required));

    private static string TypeOf(FieldShape shape) => shape.Kind switch
    {
        ValueKind.Boolean => "boolean: `true` or `false`",
        ValueKind.Integer => WholeNumber(shape),
        ValueKind.Number => $"percentage: a number from {Number(shape.Min ?? 0)} to {Number(shape.Max ?? 100)}; decimals are allowed, a `%` sign is not",
        ValueKind.Date => "date: `YYYY-MM-DD`",
        ValueKind.Text when shape.IsUrl => "text: a URL",
        ValueKind.Text => "text",
        ValueKind.Enum => "one value from a fixed list",
        ValueKind.Object => "section: a mapping of the fields below",
        ValueKind.List when shape.Element!.Kind == ValueKind.Object => "list of mappings, one per item, each with the fields below",
        ValueKind.List when shape.Element.Kind == ValueKind.Enum => "list of values from a fixed list; a repeated value counts once",
        ValueKind.List => "list; each item a " + TypeOf(shape.Element),
        _ => shape.Describe(),
    };

    private static string WholeNumber(FieldShape shape)
    {
        var what = shape.Unit is null ? "whole number" : $"whole number of {shape.Unit}";
        var min = Number(shape.Min ?? 0);

        // int.MaxValue is the CLR's limit, not a rule of the document: say "or more" then.
        return shape.Max is { } max && max != int.MaxValue ? $"{what} from {min} to {Number(max)}" : $"{what}, {min} or more";
    }

    private static string? AllowedValues(FieldShape shape)
    {
        var values = shape.Kind == ValueKind.Enum ? shape.EnumValues : shape.Element?.Kind == ValueKind.Enum ? shape.Element.EnumValues : null;
        return values is null ? null : string.Join(", ", values.Select(v => $"`{v.Key}`"));
    }

    /// <summary>What leaving the field out means: the model's default for role switches and sections, otherwise what the rules do.</summary>
    private static string NotDeclared(string path, FieldDescriptor field, RuleReads reads)
    {
        if (EngineNotes.TryGetValue(path, out var note) && note.NotDeclared is { } engine)
        {
            return engine;
        }

        if (IsRequired(field))
        {
            return "not allowed: NE0007 (a required field is missing), and the document is not evaluated.";
        }

        if (field.Shape.Kind == ValueKind.Object)
        {
            return "the same as an empty section: every field in it is not declared.";
        }

        if (Initial(field) is { } initial)
        {
            var shown = initial switch
            {
                bool b => b ? "`true`" : "`false`",
                Enum e => $"`{FieldCatalog.YamlName(e.ToString())}`",
                System.Collections.ICollection { Count: 0 } => "an empty list (`[]`)",
                _ => $"`{Convert.ToString(initial, CultureInfo.InvariantCulture)}`",
            };
            return $"the same as {shown}.";
        }

        var list = field.Shape.Kind == ValueKind.List
            ? " An empty list (`[]`) declares \"none\"; leaving the field out declares nothing."
            : string.Empty;
        var missing = reads.ByPath.GetValueOrDefault(path)?.ReportMissing;
        if (missing is { Count: > 0 })
        {
            return $"no value, and never a pass: {RuleLinks(missing, reads)} report{(missing.Count == 1 ? "s" : string.Empty)} NE0201 (insufficient data) naming this field.{list}";
        }

        return reads.ByPath.TryGetValue(path, out var read) && read.Applies.Count + read.Checks.Count > 0
            ? $"no value; the rules that read it decide without it (their pages say how).{list}"
            : $"no value.{list}";
    }

    /// <summary>What the binder leaves in the property when the field is absent: the model's initial value (<c>null</c> for most fields).</summary>
    private static object? Initial(FieldDescriptor field) =>
        field.Shape.Kind == ValueKind.Object ? null : field.Property.GetValue(Activator.CreateInstance(field.Property.DeclaringType!));

    private static string RuleLinks(IEnumerable<string> ids, RuleReads reads)
    {
        var byId = reads.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        return string.Join(", ", ids.Select(id => $"[{id}]({RulePage(byId[id])})"));
    }

    /// <summary>A rule's page relative to docs/ when it is in this repository, else its help link.</summary>
    private static string RulePage(RuleDescriptor rule)
    {
        var help = rule.HelpUri?.ToString() ?? throw new InvalidOperationException($"{rule.Id} has no help link.");
        return help.StartsWith(RuleDescriptor.HelpBase, StringComparison.Ordinal) ? RulePagesFromDocs + help[RuleDescriptor.HelpBase.Length..] : help;
    }

    /// <summary>A YAML outline of a section: every field with an example value and a comment saying what it takes.</summary>
    private static void WriteOutline(Page page, FieldDescriptor field, string path, int indent, string prefix = "")
    {
        var lead = new string(' ', indent) + prefix + field.Name + ":";
        switch (field.Shape.Kind)
        {
            case ValueKind.Object:
                page.Line(lead);
                foreach (var child in field.Shape.Fields)
                {
                    WriteOutline(page, child, path + "." + child.Name, indent + 2);
                }

                break;
            case ValueKind.List when field.Shape.Element!.Kind == ValueKind.Object:
                page.Line(Commented(lead, "one item per entry"));
                var first = true;
                foreach (var child in field.Shape.Element.Fields)
                {
                    WriteOutline(page, child, path + "[]." + child.Name, indent + 2, first ? "- " : "  ");
                    first = false;
                }

                break;
            default:
                page.Line(Commented(lead + " " + Example(field), Hint(field)));
                break;
        }
    }

    private static string Commented(string line, string comment) =>
        line.PadRight(CommentColumn - 1) + " # " + comment;

    /// <summary>An outline's example value: a role switch shows what leaving it out means, other fields a typical value.</summary>
    private static string Example(FieldDescriptor field) =>
        Initial(field) switch
        {
            bool b => b ? "true" : "false",
            Enum e => FieldCatalog.YamlName(e.ToString()),
            System.Collections.ICollection { Count: 0 } => "[]",
            _ => Example(field.Shape),
        };

    private static string Example(FieldShape shape) => shape.Kind switch
    {
        ValueKind.Boolean => "true",
        ValueKind.Integer when shape.Unit is not null => "24",
        ValueKind.Integer when shape.Max > int.MaxValue => "64500", // an AS number kept for documentation (RFC 5398)
        ValueKind.Integer => Number(shape.Min ?? 0),
        ValueKind.Number => Number(shape.Max ?? 100),
        ValueKind.Date => ProbeValues.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ValueKind.Text when shape.IsUrl => "https://example.org/security",
        ValueKind.Text => shape.PatternRegex is { } pattern ? Sample(pattern) : "Example",
        ValueKind.Enum => shape.EnumValues[0].Key,
        ValueKind.List => "[" + Example(shape.Element!) + "]",
        _ => string.Empty,
    };

    private static string Sample(System.Text.RegularExpressions.Regex pattern) =>
        OutlineTexts.FirstOrDefault(pattern.IsMatch)
            ?? throw new InvalidOperationException($"No outline example matches {pattern}; add one to {nameof(PracticesReference)}.");

    private static string Hint(FieldDescriptor field)
    {
        var shape = field.Shape;
        var hint = shape.Kind switch
        {
            ValueKind.Boolean => "true | false",
            ValueKind.Integer => shape.Unit ?? "whole number",
            ValueKind.Number => "percent, 0 to 100",
            ValueKind.Date => "date",
            ValueKind.Text when shape.IsUrl => "https URL",
            ValueKind.Text when shape.Pattern is not null => "text matching " + shape.Pattern,
            ValueKind.Text => "text",
            ValueKind.Enum => string.Join(" | ", shape.EnumValues.Select(v => v.Key)),
            ValueKind.List when shape.Element!.Kind == ValueKind.Enum => "list of: " + string.Join(", ", shape.Element.EnumValues.Select(v => v.Key)),
            ValueKind.List => "list of " + (shape.Element.Kind == ValueKind.Text ? "texts" : "whole numbers"),
            _ => string.Empty,
        };
        return field.Required ? hint + ", required" : hint;
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The page being written: LF newlines, headings with a blank line around them.</summary>
    private sealed class Page
    {
        private readonly StringBuilder _text = new();

        public void Line(string text = "") => _text.Append(text).Append('\n');

        public void Heading(int level, string title)
        {
            if (_text.Length > 0 && !_text.ToString(_text.Length - 2, 2).Equals("\n\n", StringComparison.Ordinal))
            {
                Line();
            }

            Line(new string('#', level) + " " + title);
            Line();
        }

        public override string ToString() => _text.ToString().TrimEnd('\n') + "\n";
    }
}

using System.Text;

namespace NormsEngine.Diagnostics;

/// <summary>
/// Applies code fixes to a text, as "fix all" does: every fix whose edits do not overlap an edit already taken, in
/// the order given, in one pass. Applying the same fixes to the same text always gives the same result.
/// </summary>
public static partial class CodeFixes
{
    /// <summary>
    /// The fixes that <see cref="Apply(string, IEnumerable{CodeFix})"/> applies: in the order given, each fix whose edits
    /// are within a text of <paramref name="length"/> characters and overlap no edit of a fix taken before it. A fix
    /// equal to one taken (the same edits) is taken once. Two insertions at the same place do not overlap: they are
    /// written in the order of their fixes.
    /// </summary>
    /// <param name="fixes">The candidate fixes.</param>
    /// <param name="length">The length of the text, after any byte order mark.</param>
    /// <returns>The fixes taken, in the order given.</returns>
    public static IReadOnlyList<CodeFix> Compatible(IEnumerable<CodeFix> fixes, int length)
    {
        ArgumentNullException.ThrowIfNull(fixes);
        var taken = new List<CodeFix>();
        var edits = new List<TextEdit>();
        foreach (var fix in fixes)
        {
            if (fix.Edits.Count == 0
                || fix.Edits.Any(e => e.Start < 0 || e.End < e.Start || e.End > length)
                || taken.Any(t => SameEdits(t, fix))
                || fix.Edits.Any(e => edits.Any(a => Overlap(a, e)))
                || fix.Edits.Any(e => fix.Edits.Any(o => !ReferenceEquals(o, e) && Overlap(o, e))))
            {
                continue;
            }

            taken.Add(fix);
            edits.AddRange(fix.Edits);
        }

        return taken;
    }

    /// <summary>
    /// Applies the <see cref="Compatible"/> fixes to <paramref name="text"/>. A byte order mark at the start of the text
    /// is kept and not counted in the edits' offsets, as the loader does not count it.
    /// </summary>
    /// <param name="text">The text the fixes were computed on.</param>
    /// <param name="fixes">The fixes, in order of preference.</param>
    /// <returns>The text with the fixes applied; <paramref name="text"/> itself when none applies.</returns>
    public static string Apply(string text, IEnumerable<CodeFix> fixes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bom = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var taken = Compatible(fixes, text.Length - bom);
        if (taken.Count == 0)
        {
            return text;
        }

        // Insertions at the place where a replacement starts go before it; otherwise text order, then fix order.
        var ordered = taken.SelectMany(f => f.Edits)
            .Select((edit, index) => (edit, index))
            .OrderBy(e => e.edit.Start)
            .ThenBy(e => e.edit.End == e.edit.Start ? 0 : 1)
            .ThenBy(e => e.index)
            .Select(e => e.edit);
        var result = new StringBuilder(text.Length + 64);
        var at = 0;
        foreach (var edit in ordered)
        {
            result.Append(text, at, edit.Start + bom - at).Append(edit.NewText);
            at = edit.End + bom;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>
    /// "Fix all" on a file: diagnoses it (<see cref="Diagnose"/>), applies the fixes of the findings <paramref name="select"/> accepts
    /// (default: every one), and again on the result until nothing changes (a renamed section's own mistakes are only
    /// found once it is read; at most five passes), so that fixing the result again changes nothing.
    /// </summary>
    /// <param name="text">The document's text, a byte order mark included if it has one (it is kept).</param>
    /// <param name="file">The file findings and edits name, or <c>null</c>.</param>
    /// <param name="select">Which findings to fix; <c>null</c> for all.</param>
    /// <param name="loader">The loader to use; default: one with the default limits.</param>
    /// <returns>The fixed text and how many fixes were applied.</returns>
    public static (string Text, int Applied) FixAll(string text, string? file = null, Func<Finding, bool>? select = null, Documents.DocumentLoader? loader = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        loader ??= new Documents.DocumentLoader();
        var applied = 0;
        for (var pass = 0; pass < 5; pass++)
        {
            var fixes = Diagnose(text, file, loader)
                .Where(f => select is null || select(f))
                .SelectMany(f => f.Fixes);
            var taken = Compatible(fixes, text.Length - (text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0));
            if (taken.Count == 0)
            {
                break;
            }

            applied += taken.Count;
            text = Apply(text, taken);
        }

        return (text, applied);
    }

    /// <summary>
    /// The findings of a file as <c>norms fix</c> sees them, each with its fixes: a configuration file's (<c>kind:
    /// Configuration</c>, NE0103) or a YAML rule pack's (<c>kind: RulePack</c>, NE0101) load errors, else the practices
    /// documents' findings as the loader reports them (NE0001 to NE0009).
    /// </summary>
    /// <param name="text">The file's text; a byte order mark is skipped.</param>
    /// <param name="file">The file findings name, or <c>null</c>.</param>
    /// <param name="loader">The loader for documents; default: one with the default limits.</param>
    /// <param name="knownThresholds">For a rule pack, the thresholds of the other packs it may name.</param>
    /// <returns>The findings.</returns>
    public static IReadOnlyList<Finding> Diagnose(string text, string? file = null, Documents.DocumentLoader? loader = null, IEnumerable<string>? knownThresholds = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        return OtherKind().Match(body) is { Success: true } kind
            ? kind.Groups[1].Value == "Configuration"
                ? Configuration.ConfigurationFile.Parse(body, file ?? string.Empty).Errors
                : Packs.RulePackFile.Parse(body, file ?? string.Empty, knownThresholds).Errors
            : [.. (loader ?? new Documents.DocumentLoader()).Load(text, file).SelectMany(d => d.Findings)];
    }

    /// <summary>A top-level <c>kind:</c> of a configuration file or rule pack, on a line of its own.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^kind:[ \t]*[""']?(Configuration|RulePack)[""']?[ \t]*(?:#.*)?\r?$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex OtherKind();

    /// <summary>
    /// The questionnaire fix, on request (<c>norms fix --add-missing</c>): every path the NE0201 findings name as not
    /// declared, and every required field NE0007 finds missing, inserted as <c>key:</c> with no value and a comment
    /// that says what to declare, under its section (created when needed), at the indentation of its siblings.
    /// </summary>
    /// <param name="text">The document's text, as the findings were made from it (a byte order mark is kept).</param>
    /// <param name="findings">The document's findings; those other than NE0201 and NE0007 are ignored.</param>
    /// <returns>The one fix that inserts them all, or <c>null</c> when there is nothing to insert or no place to insert it.</returns>
    public static CodeFix? AddMissing(string text, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        var list = findings.ToList();
        var paths = list.SelectMany(f => f.RuleId == EngineDiagnostics.InsufficientData.Id ? f.MissingPaths
            : f.RuleId == EngineDiagnostics.MissingRequiredField.Id ? [f.Location.Path] : []);
        return Documents.Questionnaire.Create(text, list.FirstOrDefault()?.Location.File, paths);
    }

    private static bool Overlap(TextEdit a, TextEdit b)
    {
        var aEmpty = a.Start == a.End;
        var bEmpty = b.Start == b.End;
        return (aEmpty, bEmpty) switch
        {
            (true, true) => false,
            (true, false) => b.Start < a.Start && a.Start < b.End,
            (false, true) => a.Start < b.Start && b.Start < a.End,
            _ => a.Start < b.End && b.Start < a.End,
        };
    }

    private static bool SameEdits(CodeFix a, CodeFix b) =>
        a.Edits.Count == b.Edits.Count && a.Edits.Zip(b.Edits).All(p => p.First == p.Second);
}

using NormsEngine.Model;

namespace NormsEngine.Tests.Docs;

/// <summary>The page's opening (how to write a document) and its closing index of rules and the fields they read.</summary>
internal static partial class PracticesReference
{
    /// <summary>Where editors fetch the schema from: a URL that serves the JSON itself, not a page about it.</summary>
    internal const string SchemaUrl = "https://raw.githubusercontent.com/normsengine/normsengine/main/src/NormsEngine/Schemas/organisation.schema.json";

    private static void WriteIntroduction(Page page, RuleReads reads)
    {
        var required = Fields(FieldCatalog.Organisation, string.Empty).Where(f => f.Field.Required).Select(f => $"`{f.Path}`").ToList();
        page.Line("# The practices document (`norms/v1`)");
        page.Line();
        page.Line("<!-- Generated from the practices model and the built-in Paris Call pack by tests/NormsEngine.Tests/Docs/PracticesReference.cs;");
        page.Line("     do not edit by hand. To regenerate: NORMS_UPDATE_SCHEMAS=1 dotnet test tests/NormsEngine.Tests -c Release --filter \"FullyQualifiedName~PracticesReference\" -->");
        page.Line();
        page.Line("""
            A practices document is a YAML file that declares one organisation's security practices. `norms check` reads it
            and evaluates it against the nine principles of the Paris Call for Trust and Security in Cyberspace, one rule at a
            time; the [rule pages](../rules/paris-call/) explain each rule. This page lists every field a document can hold and
            says how to write each value, so that you can write a complete document without reading code or samples.
            `norms init` writes a starting document with every section, and `norms schema` prints the JSON Schema that editors
            use to complete and check a document as you type.
            """);
        page.Line();
        page.Line("Contents: [writing a document](#writing-a-document), the sections "
            + string.Join(", ", FieldCatalog.Organisation.Fields.Select(f => $"[`{f.Name}`](#{Anchor(f.Name)})"))
            + ", and [the rules and the fields they read](#rules-and-the-fields-they-read).");

        page.Heading(2, "Writing a document");
        page.Heading(3, "The smallest document");
        page.Line("```yaml");
        page.Line("apiVersion: norms/v1");
        page.Line("kind: Organisation");
        page.Line("metadata:");
        page.Line("  name: Example Organisation");
        page.Line("```");
        page.Line();
        page.Line($"""
            Every document starts with `apiVersion: norms/v1` and `kind: Organisation` (NE0006 otherwise). The required fields
            are {string.Join(" and ", required)} (NE0007 when one is missing); every other field and every section is optional.
            Field names are case-sensitive camelCase. A field the model does not know is an error (NE0002) that suggests the
            closest known name, except [extension fields](#extension-fields-x-).
            """);

        page.Heading(3, "Not declared is not `false`");
        page.Line("""
            A field you leave out, or write with no value (`adminPct:`, `adminPct: ~` or `adminPct: null`), is *not declared*.
            Not declared is never a pass: a rule that needs the value reports NE0201 (insufficient data) with the paths it
            is missing, and its principle comes out `undetermined` instead of `satisfied`. When the truth is "no", write `false`,
            `0` or `[]`: those are declared values, and the rules judge them. A section left out, written empty (`hygiene:`) or
            written `{}` declares nothing.

            The role switches in [`roles`](#roles) are the exception. They decide which rules apply, so they are declared,
            never inferred: leaving one out is the same as `false` (`none` for `roles.nis2Entity`, no roles for
            `roles.electionRoles`), and the rules that need it then do not apply. A few other fields decide whether a rule
            applies too (for example `network.asns`, `metadata.type` or a supplier's `critical`); each field below says which rules
            it decides and which rules check it.
            """);

        page.Heading(3, "Values");
        page.Line("""
            | Kind | Write | Example | Notes |
            | --- | --- | --- | --- |
            | boolean | `true` or `false` | `hasCsirt: true` | `True` and `TRUE` work too. `yes`, `no`, `on` and `off` are text in YAML 1.2, and a boolean field rejects them (NE0003). |
            | whole number | digits | `rtoHours: 8` | 0 or more; `24.0` reads as 24, `24.5` is rejected. A field named `...Hours` or `...Days` is in hours or days. |
            | percentage | a number from 0 to 100 | `adminPct: 99.5` | Decimals are allowed; no `%` sign (`80%` is text, NE0003). 100 means all of them. |
            | date | `YYYY-MM-DD` | `lastExercise: 2025-03-02` | A real calendar date, no time of day; quotes are allowed (`"2025-03-02"`). |
            | text | the text | `sector: health` | Quote text that YAML would read otherwise (see below). |
            | URL | an absolute https URL | `url: https://example.org/security` | See [URLs](#urls). |
            | one value from a fixed list | the value as listed | `nis2Entity: essential` | Case-sensitive; a near miss gets "did you mean" (NE0003). |
            | list | `[a, b]`, or one `- item` per line | `escalation: [nationalCsirt, regulator]` | A list of fixed values ignores a repeated value; an empty item (a lone `-`) is rejected (NE0003). |

            A value of the wrong type or out of range is NE0003 at the value's line and column, and the document is not evaluated
            (unless the configuration lowers NE0003: the value then counts as not declared).
            """);

        page.Heading(3, "Text that looks like a number");
        page.Line("""
            YAML reads an unquoted `2024`, `1.5` or `0x1F` as a number, `true` or `false` as a boolean, and `null` or `~` as
            nothing. Where a field expects text, quote such values: `name: "2024"`, `nationalCsirt: "true"`. Without quotes
            the document gets NE0003, and its message shows the quoted form. Quote text that starts with a character YAML gives
            a meaning to (`#`, `&`, `*`, `!`, `|`, `>`, `%`, `@`, a quote, or `- `) or that holds `: ` or ` #`.
            """);

        page.Heading(3, "Dates and the as-of date");
        page.Line("""
            Dates are written `YYYY-MM-DD`. Age checks ("exercised within the last year") count from the as-of date: `--as-of`
            on the command line (or `EvaluationOptions.AsOf` in code) when given, otherwise `metadata.assessedOn`, otherwise
            today. The report says which one was used. How old is too old is a threshold of the rule pack (for example
            `exerciseMaxAgeDays`), which the configuration may change.
            """);

        page.Heading(3, "Percentages");
        page.Line("""
            A percentage is a plain number from 0 to 100: `100` for all of them, `99.5`, `0` for none. Not `0.995`, not `"80%"`.
            """);

        page.Heading(3, "URLs");
        page.Line("""
            A URL field takes an absolute `https://` URL (the scheme in any case) with a host name or IPv4 address, an optional
            port, then a path, query and fragment: `https://example.org/.well-known/security.txt`. It is ASCII only, without
            spaces and without a user name (`https://user@example.org` is rejected); write an international domain name in
            punycode and percent-encode other characters. `http://` URLs are rejected (NE0003).
            """);

        page.Heading(3, "Extension fields (`x-`)");
        page.Line("""
            Any mapping, at any level, may hold fields whose names start with `x-`, with any value: the engine keeps them for
            custom rule packs, which reach them by path (`x-sector.code`, `supplyChain.suppliers[0].x-tier`), and the built-in
            Paris Call rules ignore them. Any other unknown field is an error (NE0002).
            """);

        page.Heading(3, "Several organisations in one file");
        page.Line("""
            A file may hold several documents separated by a line `---`; each is a whole practices document and is evaluated
            on its own.
            """);

        page.Heading(3, "Suppressing a finding in the document");
        page.Line("""
            A comment on the line of a field, or on the line just above it, suppresses rules for that field and everything
            under it:

            ```yaml
            lifecycle:
              sbom:
                # norms-ignore PC0603: SBOM generation ships with release 4.2
                produced: false
            ```

            Name one or more rule IDs (`PC0603, PC0604`) or a prefix (`PC06*`), then a colon and the justification, which is
            required (NE0303 otherwise). Suppressing a rule also suppresses the NE0201 that names it. A comment that suppresses
            nothing is NE0302. Suppressions with an owner and an expiry date belong in `norms.config.yaml` (`norms schema
            configuration` prints its schema). A suppressed finding no longer fails the run, but it still counts in its
            principle's verdict.
            """);

        page.Heading(3, "Editor support");
        page.Line($"""
            Put this line first in the file, and editors that understand `yaml-language-server` comments (the YAML extension of
            Visual Studio Code, for example) complete and check every field as you type:

            ```yaml
            # yaml-language-server: $schema={SchemaUrl}
            ```

            Without network access, point it at a local copy: `norms schema > organisation.schema.json`, then
            `# yaml-language-server: $schema=organisation.schema.json`.
            """);

        page.Heading(3, "How to read the fields below");
        page.Line($"""
            Each section starts with an outline of its fields, then describes each field: its type, the values it allows, whether
            it is required, what leaving it out means, and which rules of the built-in Paris Call pack read it. List items are
            written `[]` (`supplyChain.suppliers[].name` is the `name` of each supplier). The rules are not listed by hand: the
            generator of this page evaluated the pack over {reads.DocumentCount} probe documents, changing one field at a time,
            and lists a rule under a field when changing that field alone changed whether the rule applies ("decides whether
            these rules apply") or its result, message or the paths it reports ("checked by").
            """);
    }

    private static void WriteRuleIndex(Page page, RuleReads reads)
    {
        page.Heading(2, "Rules and the fields they read");
        page.Line("The same findings as above, by rule. The scope is the rule's own (its page explains it).");
        page.Line();
        page.Line("| Rule | Title | Scope | Applies depending on | Checks |");
        page.Line("| --- | --- | --- | --- | --- |");
        var paths = Fields(FieldCatalog.Organisation, string.Empty).Select(f => f.Path).ToList();
        foreach (var rule in reads.Rules)
        {
            string Links(Func<FieldReads, SortedSet<string>> which) =>
                string.Join(", ", paths.Where(p => reads.ByPath.TryGetValue(p, out var r) && which(r).Contains(rule.Id)).Select(p => $"[`{p}`](#{Anchor(p)})"));

            var scope = rule.Tags.FirstOrDefault(t => t.StartsWith("scope:", StringComparison.Ordinal))?["scope:".Length..] ?? string.Empty;
            page.Line($"| [{rule.Id}]({RulePage(rule)}) | {rule.Title.Replace("|", "\\|", StringComparison.Ordinal)} | {scope} | {Links(r => r.Applies)} | {Links(r => r.Checks)} |");
        }
    }
}

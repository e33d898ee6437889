using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;

namespace NormsEngine.Cli.Commands;

/// <summary><c>norms rules list</c> and <c>norms rules describe ID</c>: the rules the tool checks, from their descriptors.</summary>
internal static class RulesCommand
{
    private static readonly string[] ListFormats = ["text", "json", "markdown"];

    public static Command Create(Terminal terminal)
    {
        var principle = new Option<string?>("--principle", "-p")
        {
            Description = "Only the rules of this principle (P1 to P9).",
            HelpName = "ID",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text, json or markdown.",
            DefaultValueFactory = _ => "text",
            HelpName = "NAME",
        };
        format.AcceptOnlyFromAmong(ListFormats);
        var listPacks = RunOptions.PackOption();
        var listConfig = ConfigOption();
        var list = new DocumentedCommand(
            "list",
            "List the rules: those of the loaded packs (the configuration's, default paris-call, and every --pack) and the engine's own diagnostics (NE IDs, marked engine).",
            "norms rules list",
            "norms rules list --principle P3",
            "norms rules list --pack packs/contoso.nis2.yaml",
            "norms rules list --format markdown > RULES.md")
        {
            principle,
            format,
            listPacks,
            listConfig,
        };
        list.SetAction(parse => Catalogue(parse.GetValue(listConfig), parse.GetValue(listPacks) ?? [], terminal) is { } catalogue
            ? List(catalogue, parse.GetValue(principle), parse.GetValue(format)!, terminal)
            : ExitCodes.ToolFailure);

        var id = new Argument<string>("id") { Description = "A rule ID, for example PC0702 or NE0002." };
        var describePacks = RunOptions.PackOption();
        var describeConfig = ConfigOption();
        var describe = new DocumentedCommand(
            "describe",
            "Describe one rule: title, default severity, principle, description, how to fix, references and its help page.",
            "norms rules describe PC0702",
            "norms rules describe NE0201",
            "norms rules describe CTS0101 --pack contoso.nis2.yaml")
        {
            id,
            describePacks,
            describeConfig,
        };
        describe.SetAction(parse => Catalogue(parse.GetValue(describeConfig), parse.GetValue(describePacks) ?? [], terminal) is { } catalogue
            ? Describe(catalogue, parse.GetValue(id)!, terminal)
            : ExitCodes.ToolFailure);

        return new DocumentedCommand(
            "rules",
            "List, describe and document the rules.",
            "norms rules list --principle P7",
            "norms rules describe PC0702",
            "norms rules docs packs/contoso.nis2.yaml --output docs/nis2")
        {
            list,
            describe,
            RulesDocsCommand.Create(terminal),
        };
    }

    private static Option<string?> ConfigOption() => new("--config")
    {
        Description = "The configuration file whose packs to load; default: the nearest norms.config.yaml in the current folder or above it.",
        HelpName = "FILE",
    };

    /// <summary>The rules of the composed packs and the engine, or <c>null</c> when the packs cannot be loaded (printed).</summary>
    private static (IReadOnlyList<RuleDescriptor> Rules, INormsEvaluator Evaluator)? Catalogue(string? configurationFile, IReadOnlyList<string> packs, Terminal terminal)
    {
        var effective = ConfigurationFile.LoadEffective(configurationFile, Directory.GetCurrentDirectory());
        if (!Composition.TryCompose(effective, packs, terminal.Error, out var evaluator, out _))
        {
            return null;
        }

        var rules = evaluator.Descriptors
            .Concat(EngineDiagnostics.All)
            .DistinctBy(d => d.Id, StringComparer.Ordinal)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        return (rules, evaluator);
    }

    private static bool IsEngine(RuleDescriptor rule) => EngineDiagnostics.All.Any(e => e.Id == rule.Id);

    private static int List((IReadOnlyList<RuleDescriptor> Rules, INormsEvaluator Evaluator) catalogue, string? principleId, string format, Terminal terminal)
    {
        var (rules, evaluator) = catalogue;
        if (principleId is not null)
        {
            var principle = evaluator.Principles.FirstOrDefault(p => p.Id.Equals(principleId, StringComparison.OrdinalIgnoreCase));
            if (principle is null)
            {
                terminal.Error.WriteLine($"norms: unknown principle '{principleId}'; the principles are {string.Join(", ", evaluator.Principles.Select(p => p.Id))}.");
                return ExitCodes.ToolFailure;
            }

            rules = [.. rules.Where(r => r.Principle == principle.Id)];
        }

        var output = terminal.Output;
        switch (format)
        {
            case "json":
                output.Write(ToJson(rules));
                output.WriteLine();
                break;
            case "markdown":
                output.WriteLine("| ID | Severity | Principle | Since | Title |");
                output.WriteLine("| --- | --- | --- | --- | --- |");
                foreach (var rule in rules)
                {
                    output.WriteLine($"| {(rule.HelpUri is { } help ? $"[{rule.Id}]({help.AbsoluteUri})" : rule.Id)} | {Name(rule.DefaultSeverity)} | {rule.Principle ?? "engine"} | {Since(rule) ?? "-"} | {rule.Title.Replace("|", "\\|", StringComparison.Ordinal)} |");
                }

                break;
            default:
                output.WriteLine($"{"ID",-8}{"Severity",-10}{"Principle",-11}{"Since",-8}Title");
                foreach (var rule in rules)
                {
                    output.WriteLine($"{rule.Id,-8}{Name(rule.DefaultSeverity),-10}{rule.Principle ?? "engine",-11}{Since(rule) ?? "-",-8}{rule.Title}");
                }

                output.WriteLine();
                output.WriteLine($"{rules.Count} rules ({rules.Count(IsEngine)} engine). 'norms rules describe ID' tells more.");
                break;
        }

        return ExitCodes.Success;
    }

    private static int Describe((IReadOnlyList<RuleDescriptor> Rules, INormsEvaluator Evaluator) catalogue, string id, Terminal terminal)
    {
        var (rules, evaluator) = catalogue;
        var rule = rules.FirstOrDefault(r => r.Id.Equals(id.Trim(), StringComparison.OrdinalIgnoreCase));
        if (rule is null)
        {
            var closest = Suggestions.Nearest(id.Trim(), rules.Select(r => r.Id))!;
            terminal.Error.WriteLine($"norms: unknown rule '{id}'; did you mean {closest}? 'norms rules list' shows every rule.");
            return ExitCodes.ToolFailure;
        }

        var principle = rule.Principle is { } p ? evaluator.Principles.FirstOrDefault(x => x.Id == p) : null;
        var output = terminal.Output;
        output.WriteLine($"{rule.Id}: {rule.Title}");
        output.WriteLine();
        output.WriteLine($"  Severity:   {Name(rule.DefaultSeverity)} (default{(rule.IsEnabledByDefault ? string.Empty : ", off unless configured")})");
        output.WriteLine($"  Principle:  {(principle is null ? rule.Principle ?? "none (engine diagnostic)" : $"{principle.Id} {principle.Title}")}");
        output.WriteLine($"  Category:   {rule.Category}");
        if (Since(rule) is { } since)
        {
            output.WriteLine($"  Since:      release {since}");
        }

        if (rule.Tags.Count > 0)
        {
            output.WriteLine($"  Tags:       {string.Join(", ", rule.Tags)}");
        }

        output.WriteLine($"  Help:       {rule.HelpUri?.AbsoluteUri ?? "(no page)"}");
        Section(output, "Description", rule.Description);
        Section(output, "How to fix", rule.Remediation);
        if (rule.References.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("References");
            foreach (var reference in rule.References)
            {
                output.WriteLine($"  - {reference}");
            }
        }

        output.WriteLine();
        output.WriteLine(HowToConfigure(rule));
        return ExitCodes.Success;
    }

    /// <summary>
    /// How to change the rule's severity, with an example that does change it: a rule off by default is turned on at
    /// its severity; an error becomes a warning, a warning an error (to fail the run on it), an info a warning.
    /// </summary>
    internal static string HowToConfigure(RuleDescriptor rule)
    {
        if (rule.Id == EngineDiagnostics.InputUnreadable.Id)
        {
            // Made by the tool for an input it could not read: no configuration or comment reaches it.
            return "It cannot be lowered or suppressed: the tool could not do its job, so the run exits with 2.";
        }

        var suppress = $"suppress one finding with '# norms-ignore {rule.Id}: reason'";
        if (!rule.IsEnabledByDefault)
        {
            return $"Turn it on in norms.config.yaml (rules: {{ {rule.Id}: {Name(rule.DefaultSeverity)} }}); {suppress}.";
        }

        var other = rule.DefaultSeverity switch
        {
            Severity.Error => Severity.Warning,
            Severity.Warning => Severity.Error,
            _ => Severity.Warning,
        };
        return $"Change its severity in norms.config.yaml (rules: {{ {rule.Id}: {Name(other)} }}, or none to turn it off), or {suppress}.";
    }

    private static void Section(TextWriter output, string heading, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(heading);
        foreach (var line in Wrap(text, 100))
        {
            output.WriteLine("  " + line);
        }
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static string ToJson(IReadOnlyList<RuleDescriptor> rules)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("title", rule.Title);
                json.WriteString("defaultSeverity", Name(rule.DefaultSeverity));
                json.WriteBoolean("enabledByDefault", rule.IsEnabledByDefault);
                if (rule.Principle is { } principle)
                {
                    json.WriteString("principle", principle);
                }
                else
                {
                    json.WriteNull("principle");
                }

                json.WriteString("category", rule.Category);
                json.WriteString("since", Since(rule));
                json.WriteBoolean("engine", IsEngine(rule));
                json.WriteString("description", rule.Description);
                json.WriteString("remediation", rule.Remediation);
                json.WriteString("helpUri", rule.HelpUri?.AbsoluteUri);
                json.WriteStartArray("references");
                rule.References.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteStartArray("tags");
                rule.Tags.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    internal static string Name(Severity severity) => SeverityNames.Name(severity);

    /// <summary>The pack release that added the rule, from its <c>since:</c> tag (Paris Call rules; YAML rules that declare <c>since:</c>).</summary>
    internal static string? Since(RuleDescriptor rule) =>
        rule.Tags.FirstOrDefault(t => t.StartsWith("since:", StringComparison.Ordinal)) is { } tag ? tag["since:".Length..] : null;
}

using System.Diagnostics.CodeAnalysis;
using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.ParisCall;
using NormsEngine.Rules;

namespace NormsEngine.Cli;

/// <summary>
/// The tool's services: the same composition an embedding app writes. The packs come from the configuration's
/// <c>packs:</c> (default: <c>paris-call</c>) and every <c>--pack</c>: <c>paris-call</c> is the built-in pack (its newest
/// release; <c>paris-call@0.1.0</c> pins a release), a
/// <c>*.dll</c> is a C# pack assembly (trusted code), anything else a YAML pack file.
/// </summary>
internal static class Composition
{
    /// <summary>The built-in packs by name.</summary>
    public static IReadOnlyList<string> BuiltInPacks { get; } = [ParisCallPack.PackId];

    /// <summary>The built-in packs' thresholds, which a pack tested or documented alone may name (their defaults apply).</summary>
    public static IReadOnlyDictionary<string, decimal> BuiltInThresholds => ParisCallThresholds.Defaults;

    /// <summary>
    /// What a pack entry names, as <see cref="PackReference"/> tells it for the configuration too: a built-in pack, an
    /// assembly (<c>*.dll</c>), a YAML pack file (<c>*.yaml</c>, <c>*.yml</c>, a path with a folder, or an existing file
    /// named on the command line without an extension), or nothing known.
    /// </summary>
    public static PackKind KindOf(string pack) => PackReference.Classify(pack) switch
    {
        PackReferenceKind.Assembly => PackKind.Assembly,
        PackReferenceKind.YamlFile => PackKind.Yaml,
        _ when BuiltInPacks.Contains(Release(pack).Name, StringComparer.Ordinal) => PackKind.BuiltIn,
        _ => File.Exists(pack) ? PackKind.Yaml : PackKind.Unknown,
    };

    /// <summary>A pack name and the release it pins: <c>paris-call@0.1.0</c> is (<c>paris-call</c>, <c>0.1.0</c>); no <c>@</c>, no release.</summary>
    public static (string Name, string? Release) Release(string pack) =>
        pack.LastIndexOf('@') is var at and > 0 && PackReference.Classify(pack) == PackReferenceKind.Name
            ? (pack[..at], pack[(at + 1)..])
            : (pack, null);

    /// <summary>Every way to name a built-in pack: its name, and its name pinned to each of its releases.</summary>
    public static IEnumerable<string> BuiltInNames =>
        BuiltInPacks.Concat(ParisCallPack.Releases.Select(r => ParisCallPack.PackId + "@" + r));

    /// <summary>Why a built-in pack entry cannot be loaded (a release it does not have), or <c>null</c>.</summary>
    public static string? ReleaseProblem(string pack) =>
        KindOf(pack) == PackKind.BuiltIn && Release(pack).Release is { } release && !ParisCallPack.Releases.Contains(release, StringComparer.Ordinal)
            ? $"The {ParisCallPack.PackId} pack has no release '{MessageText.Quote(release)}'; its releases are {string.Join(", ", ParisCallPack.Releases)} (write {ParisCallPack.PackId} alone for the newest)."
            : null;

    /// <summary>
    /// The packs of a run: the configuration's, then the command line's. A built-in pack on the command line replaces
    /// the configuration's entry of the same pack, so that <c>--pack paris-call@0.1.0</c> tries a release without
    /// editing the configuration (whose default is <c>paris-call</c>).
    /// </summary>
    public static IReadOnlyList<string> Merge(IReadOnlyList<string> configured, IEnumerable<string> extra)
    {
        var command = extra.Select(p => p.Replace('\\', '/')).ToList();
        var pinned = command.Where(p => KindOf(p) == PackKind.BuiltIn).Select(p => Release(p).Name).ToHashSet(StringComparer.Ordinal);
        return [.. configured.Where(p => !(KindOf(p) == PackKind.BuiltIn && pinned.Contains(Release(p).Name))).Concat(command).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Composes the evaluator of a run: the configuration's packs plus <paramref name="extraPacks"/> (<c>--pack</c>).
    /// Prints the configuration's errors, the packs' NE0101 and NE0102, and the NE0103 of settings that no loaded pack
    /// defines (rule IDs, thresholds, pack names), and returns <c>false</c> for any of them (exit code 2).
    /// </summary>
    /// <param name="effective">The effective configuration and its load errors.</param>
    /// <param name="extraPacks">The <c>--pack</c> entries.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="evaluator">The evaluator over every pack.</param>
    /// <param name="packs">The pack entries loaded, configuration's first, as the report's settings state them.</param>
    public static bool TryCompose(
        ConfigurationResult effective,
        IReadOnlyList<string> extraPacks,
        TextWriter error,
        [NotNullWhen(true)] out INormsEvaluator? evaluator,
        out IReadOnlyList<string> packs)
    {
        evaluator = null;
        var configuration = effective.Configuration;
        packs = Merge(configuration.Packs, extraPacks);
        if (effective.Errors.Count > 0)
        {
            Print(effective.Errors, error);
            return false;
        }

        // A release the built-in pack does not have is NE0103 at its packs: entry, with the releases it has.
        var releaseErrors = new List<Finding>();
        for (var i = 0; i < configuration.Packs.Count; i++)
        {
            if (ReleaseProblem(configuration.Packs[i]) is { } problem)
            {
                releaseErrors.Add(new Finding(
                    EngineDiagnostics.InvalidConfiguration,
                    problem,
                    configuration.Locations.TryGetValue($"packs[{i}]", out var where) ? where : new SourceLocation(configuration.File, $"packs[{i}]", 0, 0, 0, 0)));
            }
        }

        if (releaseErrors.Count > 0)
        {
            Print(releaseErrors, error);
            return false;
        }

        // A pack file the configuration names but that cannot be opened is reported at its packs: entry.
        var namedAt = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        for (var i = 0; i < configuration.Packs.Count; i++)
        {
            if (configuration.Locations.TryGetValue($"packs[{i}]", out var at))
            {
                namedAt.TryAdd(configuration.Packs[i], at);
            }
        }

        // An unknown name in the configuration is NE0103 at its line (below); on the command line it stops here.
        if (Load(extraPacks.Where(p => KindOf(p) == PackKind.Unknown), [], error) is null
            || Compose(packs, error, skipUnknownNames: true, namedAt) is not { } composed)
        {
            return false;
        }

        var errors = ConfigurationFile.Validate(
            configuration,
            composed.Evaluator.Descriptors.Concat(EngineDiagnostics.All),
            composed.Packs.SelectMany(p => p.Thresholds.Keys),
            BuiltInNames);
        if (errors.Count > 0)
        {
            Print(errors, error);
            return false;
        }

        evaluator = composed.Evaluator;
        return true;
    }

    /// <summary>
    /// Prints findings as located errors; one with no position (line 0: a file given on the command line that could
    /// not be opened) as an argument error that names the file, as a baseline that cannot be read is.
    /// </summary>
    private static void Print(IEnumerable<Finding> findings, TextWriter error)
    {
        foreach (var finding in findings)
        {
            error.WriteLine(finding.Location.Line == 0 && finding.Location.File is { } file
                ? $"norms: {MessageText.Line(file)}: {SeverityNames.Name(finding.Severity)} {finding.RuleId}: {finding.Message}"
                : finding.ToString());
        }
    }

    /// <summary>A pack's errors; one with no position in a pack the configuration names is moved to that <c>packs:</c> entry.</summary>
    private static IEnumerable<Finding> NamedWhere(string entry, IEnumerable<Finding> errors, IReadOnlyDictionary<string, SourceLocation>? namedAt) =>
        namedAt is not null && namedAt.TryGetValue(entry, out var at)
            ? errors.Select(e => e.Location.Line == 0 ? new Finding(e.Descriptor, $"{MessageText.Line(entry)}: {e.Message}", at) : e)
            : errors;

    /// <summary>
    /// Composes the evaluator over <paramref name="packs"/>: loads every pack, then compiles them into one session
    /// factory. Prints every NE0101 (a pack that cannot be loaded) and NE0102 (a rule ID defined twice) on
    /// <paramref name="error"/> and returns <c>null</c> for them (exit code 2). Names that are neither a built-in pack
    /// nor a path are skipped when <paramref name="skipUnknownNames"/> (configuration validation reports them).
    /// </summary>
    public static (INormsEvaluator Evaluator, IReadOnlyList<IRulePack> Packs)? Compose(IEnumerable<string> packs, TextWriter error, bool skipUnknownNames = false, IReadOnlyDictionary<string, SourceLocation>? namedAt = null)
    {
        if (Load(packs, [], error, skipUnknownNames, namedAt) is not { } loaded)
        {
            return null;
        }

        return Compile(loaded, error) is { } evaluator ? (evaluator, loaded) : null;
    }

    /// <summary>
    /// Loads packs: built-in and assembly packs first, then YAML packs in order, each of which may name the thresholds
    /// of the packs loaded before it and <paramref name="knownThresholds"/>. The same pack named twice
    /// is loaded once. Prints every NE0101 and returns <c>null</c> when some pack cannot be loaded. A pack file in
    /// <paramref name="namedAt"/> (the configuration's entries) that cannot be opened is reported where it is named.
    /// </summary>
    public static IReadOnlyList<IRulePack>? Load(IEnumerable<string> packs, IEnumerable<string> knownThresholds, TextWriter error, bool skipUnknownNames = false, IReadOnlyDictionary<string, SourceLocation>? namedAt = null)
    {
        var entries = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var failed = false;
        foreach (var pack in packs)
        {
            var kind = KindOf(pack);
            if (kind == PackKind.Unknown)
            {
                if (!skipUnknownNames)
                {
                    error.WriteLine($"norms: unknown pack '{pack}'; give a YAML pack file (.yaml, .yml), a pack assembly (.dll) or a built-in pack ({string.Join(", ", BuiltInPacks)}).");
                    failed = true;
                }

                continue;
            }

            if (kind == PackKind.BuiltIn && ReleaseProblem(pack) is { } problem)
            {
                error.WriteLine("norms: " + problem);
                failed = true;
                continue;
            }

            if (kind == PackKind.BuiltIn && entries.FirstOrDefault(e => KindOf(e) == PackKind.BuiltIn && Release(e).Name == Release(pack).Name && e != pack) is { } other)
            {
                error.WriteLine($"norms: the {Release(pack).Name} pack is named twice, as '{other}' and as '{pack}'; name it once, with the release to run.");
                failed = true;
                continue;
            }

            if (seen.Add(kind == PackKind.BuiltIn ? pack : Path.GetFullPath(pack)))
            {
                entries.Add(pack);
            }
        }

        if (failed)
        {
            return null;
        }

        var loaded = new List<IRulePack>();
        var errors = new List<Finding>();
        loaded.AddRange(entries.Where(e => KindOf(e) == PackKind.BuiltIn).Select(e => Release(e).Release is { } release ? new ParisCallPack(release) : new ParisCallPack()));
        foreach (var entry in entries.Where(e => KindOf(e) == PackKind.Assembly))
        {
            var (assemblyPacks, assemblyErrors) = RulePackAssembly.Load(entry);
            loaded.AddRange(assemblyPacks);
            errors.AddRange(NamedWhere(entry, assemblyErrors, namedAt));
        }

        var known = knownThresholds.ToList();
        foreach (var entry in entries.Where(e => KindOf(e) == PackKind.Yaml))
        {
            var others = known.Concat(loaded.SelectMany(p => p.Thresholds.Keys)).Distinct(StringComparer.Ordinal);
            var result = RulePackFile.Load(entry, others);
            errors.AddRange(NamedWhere(entry, result.Errors, namedAt));
            if (result.Pack is { } yamlPack)
            {
                loaded.Add(yamlPack);
            }
        }

        Print(errors, error);
        return errors.Count > 0 ? null : loaded;
    }

    /// <summary>Compiles the packs into an evaluator; prints NE0102 (and any other pack exception) and returns <c>null</c>.</summary>
    public static INormsEvaluator? Compile(IReadOnlyList<IRulePack> packs, TextWriter error)
    {
        // Built directly rather than through a service container: a one-shot command does not need one, and building
        // it is start-up time (the library's AddNormsEngine is tested on its own).
        var evaluator = new NormsEvaluator(packs);
        try
        {
            // Reading the descriptors checks the packs together, where duplicate IDs are found; the network compiles
            // only when a document is evaluated.
            _ = evaluator.Descriptors;
            return evaluator;
        }
        catch (RulePackException ex)
        {
            error.WriteLine(ex.Location is { } location
                ? new Finding(ex.Descriptor, ex.Message, location).ToString()
                : $"norms: {SeverityNames.Name(ex.Descriptor.DefaultSeverity)} {ex.Descriptor.Id}: {ex.Message}");
            return null;
        }
    }
}

/// <summary>What a pack entry names.</summary>
internal enum PackKind
{
    /// <summary>Neither a built-in pack nor a file.</summary>
    Unknown,

    /// <summary>A built-in pack, by name (<c>paris-call</c>).</summary>
    BuiltIn,

    /// <summary>A C# pack assembly (<c>*.dll</c>).</summary>
    Assembly,

    /// <summary>A YAML pack file.</summary>
    Yaml,
}

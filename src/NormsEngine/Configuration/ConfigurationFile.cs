using NormsEngine.Diagnostics;
using NormsEngine.Documents;

namespace NormsEngine.Configuration;

/// <summary>
/// Reads <c>norms.config.yaml</c>. Discovery works like <c>.editorconfig</c>: every <c>norms.config.yaml</c> from the
/// start folder up, nearer files overriding farther ones, stopping at one that says <c>root: true</c>; an explicit
/// file (<c>--config</c>) is used alone. Every mistake is an NE0103 finding with file, line and column.
/// </summary>
public static partial class ConfigurationFile
{
    /// <summary>The configuration file's name.</summary>
    public const string FileName = "norms.config.yaml";

    /// <summary>The settings a configuration file has (configuration.schema.json lists the same).</summary>
    internal static readonly string[] TopLevelKeys = ["apiVersion", "kind", "root", "packs", "rules", "principles", "thresholds", "suppressions", "failOn", "baseline"];

    /// <summary>The fields of a suppression.</summary>
    internal static readonly string[] SuppressionKeys = ["rule", "path", "document", "justification", "owner", "expires"];

    /// <summary>The nearest <c>norms.config.yaml</c> in <paramref name="startDirectory"/> or above it, or <c>null</c>.</summary>
    /// <param name="startDirectory">Where to start looking.</param>
    /// <returns>The file's path, or <c>null</c>.</returns>
    public static string? Discover(string startDirectory) => Chain(startDirectory).FirstOrDefault();

    /// <summary>
    /// The effective configuration: <paramref name="explicitPath"/> alone when given, otherwise the discovered files
    /// merged (nearest wins), otherwise <see cref="NormsConfiguration.Default"/>.
    /// </summary>
    /// <param name="explicitPath">A file given with <c>--config</c>, or <c>null</c>.</param>
    /// <param name="startDirectory">Where discovery starts (the inputs' folder).</param>
    /// <returns>The configuration and its errors.</returns>
    public static ConfigurationResult LoadEffective(string? explicitPath, string startDirectory)
    {
        if (explicitPath is not null)
        {
            return Load(explicitPath);
        }

        var files = new List<ConfigurationResult>();
        foreach (var file in Chain(startDirectory))
        {
            var loaded = Load(file);
            files.Add(loaded);
            if (loaded.Configuration.Root)
            {
                break;
            }
        }

        if (files.Count == 0)
        {
            return new ConfigurationResult(NormsConfiguration.Default, []);
        }

        var merged = files[^1].Configuration;
        for (var i = files.Count - 2; i >= 0; i--)
        {
            merged = Merge(merged, files[i].Configuration);
        }

        return new ConfigurationResult(merged, [.. files.SelectMany(f => f.Errors)]);
    }

    /// <summary>Reads one configuration file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The configuration and its errors.</returns>
    public static ConfigurationResult Load(string path)
    {
        // Bounded by bytes read, as documents are: a device or pipe given as --config claims a length of 0.
        var read = BoundedInput.ReadFile(path, "configuration file");
        if (read.Text is not { } text)
        {
            return new ConfigurationResult(NormsConfiguration.Default with { File = path },
                [Error(new SourceLocation(path, string.Empty, read.Line, read.Column, read.Line, read.Line > 0 ? read.Column + 1 : 0), read.Problem!)]);
        }

        return Parse(text, path);
    }

    /// <summary>Reads a configuration from text.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="file">The file name for locations and relative paths.</param>
    /// <returns>The configuration and its errors.</returns>
    public static ConfigurationResult Parse(string text, string file)
    {
        var errors = new List<Finding>();
        var raw = new YamlReader(file, ReaderLimits.Default).Read(text);
        if (raw.Count > 1)
        {
            errors.Add(Error(At(file, string.Empty, raw[1].Start), "A configuration file holds one YAML document."));
        }

        var document = raw.FirstOrDefault();
        foreach (var finding in document?.Findings ?? [])
        {
            errors.Add(Error(finding.Location, finding.Message));
        }

        var reader = new ConfigurationReader(file, errors, raw.Count == 1 ? document?.Source : null);
        var configuration = document?.Root is YamlMappingNode root
            ? reader.Read(root)
            : NormsConfiguration.Default with { File = file };
        if (document is not null && !document.IsUnreadable && document.Root is not YamlMappingNode)
        {
            errors.Add(Error(At(file, string.Empty, document.Root?.Start ?? document.Start), "A configuration file is a mapping that starts with apiVersion: norms/v1 and kind: Configuration."));
        }

        return new ConfigurationResult(configuration, errors);
    }

    private static IEnumerable<string> Chain(string startDirectory)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(startDirectory)); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, FileName);
            if (File.Exists(candidate))
            {
                yield return Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate);
            }
        }
    }

    private static NormsConfiguration Merge(NormsConfiguration farther, NormsConfiguration nearer)
    {
        bool Has(string key) => nearer.Locations.ContainsKey(key);
        var severities = new Dictionary<string, Severity>(farther.Severities, StringComparer.Ordinal);
        foreach (var (key, value) in nearer.Severities)
        {
            severities[key] = value;
        }

        var thresholds = new Dictionary<string, decimal>(farther.Thresholds, StringComparer.Ordinal);
        foreach (var (key, value) in nearer.Thresholds)
        {
            thresholds[key] = value;
        }

        var locations = new Dictionary<string, SourceLocation>(farther.Locations, StringComparer.Ordinal);
        foreach (var (key, value) in nearer.Locations)
        {
            locations[key] = value;
        }

        return nearer with
        {
            Packs = Has("packs") ? nearer.Packs : farther.Packs,
            FailOn = Has("failOn") ? nearer.FailOn : farther.FailOn,
            Baseline = Has("baseline") ? nearer.Baseline : farther.Baseline,
            Severities = severities,
            Thresholds = thresholds,
            Suppressions = [.. farther.Suppressions, .. nearer.Suppressions],
            Locations = locations,
        };
    }

    private static Finding Error(SourceLocation at, string message) =>
        new(EngineDiagnostics.InvalidConfiguration, MessageText.Line(message), at);

    private static SourceLocation At(string file, string path, TextPoint start) => NodeReader.Locate(file, path, start, start);
}

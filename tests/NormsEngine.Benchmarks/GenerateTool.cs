using System.Globalization;
using NormsEngine.TestSupport.Generation;

namespace NormsEngine.Benchmarks;

/// <summary>
/// <c>generate --count N --output DIR [--seed S] [--suppliers K]</c>: writes N generated practices documents
/// (<see cref="DocumentGenerator"/>) for scale runs (scale.sh) and for reproducing them. Exit codes as the tool's:
/// 0 written, 2 bad arguments or a folder that cannot be written, and then nothing is written.
/// </summary>
internal static class GenerateTool
{
    /// <summary>The first argument that selects this entry point.</summary>
    public const string Name = "generate";

    /// <summary>What <c>--help</c> prints.</summary>
    public static readonly string Usage = string.Create(CultureInfo.InvariantCulture, $"""
        Write N generated, varied practices documents, deterministic for a seed: for benchmarks and for reproducing scale runs.

        Usage:
          dotnet run -c Release --project tests/NormsEngine.Benchmarks -- generate --count N --output DIR [--seed S] [--suppliers K]

        Options:
          -n, --count N      How many documents to write (at least 1).
          -o, --output DIR   The folder to write org-00000.yaml, org-00001.yaml, ... to (created if needed; files of the same name are replaced).
          --seed S           The corpus's seed: the same seed and count write the same files. Default: 1.
          --suppliers K      Give every document exactly K suppliers (0 to {DocumentGenerator.MaxSuppliers}); default: a varied 0 to 8.
          -h, --help         Print this help.

        Every document loads with no NE finding at the default reader limits up to about 7,000 suppliers; larger ones need raised limits.

        """);

    /// <summary>Parses the arguments after <c>generate</c> and writes the corpus.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where the summary (or the help) goes.</param>
    /// <param name="error">Where problems go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        int? count = null;
        string? folder = null;
        var seed = 1;
        int? suppliers = null;
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (option is "-h" or "--help")
            {
                output.Write(Usage);
                return 0;
            }

            if (option is not ("-n" or "--count" or "-o" or "--output" or "--seed" or "--suppliers"))
            {
                return Fail(error, $"unknown argument '{option}'.");
            }

            if (i + 1 == args.Count)
            {
                return Fail(error, $"{option} needs a value.");
            }

            var value = args[++i];
            if (option is "-o" or "--output")
            {
                folder = value;
                continue;
            }

            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return Fail(error, $"{option} takes a whole number, not '{value}'.");
            }

            switch (option)
            {
                case "-n" or "--count":
                    count = number;
                    break;
                case "--seed":
                    seed = number;
                    break;
                default:
                    suppliers = number;
                    break;
            }
        }

        if (count is null || folder is null)
        {
            return Fail(error, "--count and --output are required (see --help).");
        }

        if (count <= 0)
        {
            return Fail(error, $"--count must be at least 1, not {count}.");
        }

        if (suppliers is < 0 or > DocumentGenerator.MaxSuppliers)
        {
            return Fail(error, $"--suppliers must be between 0 and {DocumentGenerator.MaxSuppliers}, not {suppliers}.");
        }

        try
        {
            DocumentGenerator.WriteCorpus(folder, count.Value, seed, suppliers);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(error, $"cannot write to '{folder}': {ex.Message}");
        }

        output.WriteLine($"{Name}: wrote {count} documents to {folder}");
        return 0;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"{Name}: {message}");
        return 2;
    }
}

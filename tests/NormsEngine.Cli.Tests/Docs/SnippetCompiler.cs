using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NormsEngine.Engine;
using NormsEngine.ParisCall;
using NormsEngine.Testing;

namespace NormsEngine.Cli.Tests.Docs;

/// <summary>
/// Compiles a C# block of the documentation as a reader would paste it into a new project: top-level statements
/// with the SDK's implicit usings, nullable on, against the .NET and ASP.NET Core shared frameworks and the
/// NormsEngine assemblies. Only the block's own <c>using</c> directives bring in NormsEngine namespaces. Diagnostics
/// point at the Markdown file and line (the block is compiled under a <c>#line</c> directive).
/// </summary>
internal static class SnippetCompiler
{
    /// <summary>
    /// What <c>&lt;ImplicitUsings&gt;enable&lt;/ImplicitUsings&gt;</c> gives a Microsoft.NET.Sdk project, and the
    /// prelude: the variables a block uses that its host application would have. Each is named here, typed, with the
    /// block that uses it; no block may rely on anything else.
    /// </summary>
    private const string Prelude = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        global using static SnippetPrelude;

        #nullable enable
        #pragma warning disable CS8618, IDE1006
        internal static class SnippetPrelude
        {
            // README.md and the package READMEs: the application's service collection and the provider built from it.
            public static global::Microsoft.Extensions.DependencyInjection.IServiceCollection services = null!;
            public static global::System.IServiceProvider provider = null!;

            // README.md: an ASP.NET Core request, YAML text from a form, files to check, the request's cancellation token.
            public static global::Microsoft.AspNetCore.Http.HttpRequest request = null!;
            public static string yamlText = "";
            public static global::System.Collections.Generic.IEnumerable<string> files = [];
            public static global::System.Threading.CancellationToken ct = default;

            // samples/EmbeddingApp/README.md: the app's builder, and its endpoint's injected evaluator, input and output.
            public static global::Microsoft.AspNetCore.Builder.WebApplicationBuilder builder = null!;
            public static global::NormsEngine.Engine.INormsEvaluator evaluator = null!;
            public static string yaml = "";
            public static string? fileName = null;
            public static global::System.Threading.CancellationToken cancellationToken = default;
            public static global::System.IO.TextWriter writer = null!;

            // src/NormsEngine.Testing/README.md: the reader's own C# rule pack.
            public sealed class MyPack : global::NormsEngine.Rules.IRulePack
            {
                public string Id => "my.pack";
                public string Version => "1.0.0";
                public string Title => "My pack";
                public string Owner => "Me";
                public global::System.Collections.Generic.IReadOnlyList<global::NormsEngine.Diagnostics.RuleDescriptor> Descriptors => [];
                public global::System.Collections.Generic.IReadOnlyList<global::System.Type> RuleTypes => [];
                public global::System.Collections.Generic.IReadOnlyDictionary<string, decimal> Thresholds => new global::System.Collections.Generic.Dictionary<string, decimal>();
                public global::System.Collections.Generic.IReadOnlyList<global::NormsEngine.Diagnostics.Principle> Principles => [];
            }
        }
        """;

    /// <summary>CS1701 and CS1702 (a reference to an older version of an assembly that a newer one satisfies) are off in every SDK project.</summary>
    private static readonly string[] SdkNoWarn = ["CS1701", "CS1702"];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>The assemblies a block is compiled against.</summary>
    public static IReadOnlyList<MetadataReference> References => LazyReferences.Value;

    /// <summary>Compiles <paramref name="snippet"/>; returns its errors and warnings as <c>file(line,col): error ID: message</c>, none when it compiles cleanly.</summary>
    public static IReadOnlyList<string> Compile(MarkdownSnippet snippet)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var code = $"#line {snippet.Line} \"{snippet.File}\"\n{snippet.Code}\n";
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(Prelude, parse, path: "Prelude.cs"),
            CSharpSyntaxTree.ParseText(code, parse, path: snippet.File),
        };
        var options = new CSharpCompilationOptions(
            OutputKind.ConsoleApplication,
            nullableContextOptions: NullableContextOptions.Enable,
            specificDiagnosticOptions: SdkNoWarn.ToDictionary(id => id, _ => ReportDiagnostic.Suppress));
        var compilation = CSharpCompilation.Create("Snippet", trees, References, options);
        return
        [
            .. compilation.GetDiagnostics()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning)
                .Select(Format)
                .Order(StringComparer.Ordinal),
        ];
    }

    private static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// The .NET shared framework the tests run on, the ASP.NET Core shared framework of the same version beside it
    /// (every SDK installs it), then the NormsEngine assemblies and their dependencies where the frameworks do not
    /// already have them (an app on the shared framework gets its newer Microsoft.Extensions the same way).
    /// </summary>
    private static List<MetadataReference> LoadReferences()
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var version = new DirectoryInfo(runtime).Name;
        var aspNet = Path.GetFullPath(Path.Combine(runtime, "..", "..", "Microsoft.AspNetCore.App", version));
        if (!Directory.Exists(aspNet))
        {
            throw new InvalidOperationException($"The ASP.NET Core shared framework {version} is not installed next to the .NET runtime ({aspNet}); the documentation's ASP.NET Core blocks need it.");
        }

        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(runtime, "*.dll").Concat(Directory.EnumerateFiles(aspNet, "*.dll")))
        {
            if (IsManaged(file))
            {
                byName[Path.GetFileName(file)] = file;
            }
        }

        Type[] libraries =
        [
            typeof(INormsEvaluator), typeof(ParisCallPack), typeof(PackFixture),
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection),
            typeof(Microsoft.Extensions.Logging.ILogger), typeof(Microsoft.Extensions.Options.IOptions<>),
        ];
        foreach (var type in libraries)
        {
            byName.TryAdd(Path.GetFileName(type.Assembly.Location), type.Assembly.Location);
        }

        return [.. byName.Values.Order(StringComparer.Ordinal).Select(f => MetadataReference.CreateFromFile(f))];
    }

    /// <summary>Whether a file is a .NET assembly (the framework folders also hold native libraries on some platforms).</summary>
    private static bool IsManaged(string file)
    {
        try
        {
            _ = System.Reflection.AssemblyName.GetAssemblyName(file);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}

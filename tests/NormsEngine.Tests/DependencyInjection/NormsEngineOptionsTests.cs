using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.Tests.Engine;

namespace NormsEngine.Tests.DependencyInjection;

public class NormsEngineOptionsTests
{
    private const string Document = "apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: X, assessedOn: 2026-01-10 }\nhygiene: { mfa: { adminPct: 80 }, patching: { osCadenceDays: 45 } }\n";

    private static ServiceProvider Provider(Action<NormsEngineOptions> configure, RecordingLogger? logger = null)
    {
        var services = new ServiceCollection();
        if (logger is not null)
        {
            services.AddSingleton<ILogger<NormsEvaluator>>(logger);
        }

        return services.AddNormsEngine(b => b.AddRulePack<TestPack>().Configure(configure)).BuildServiceProvider();
    }

    [Fact]
    public void AddNormsEngine_InvalidOptions_FailFastNamingEveryProblem()
    {
        using var provider = Provider(o =>
        {
            o.MaxDepth = -1;
            o.MaxInputBytes = 0;
            o.MaxDegreeOfParallelism = 0;
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<INormsEvaluator>());

        Assert.Equal(typeof(NormsEngineOptions), error.OptionsType);
        Assert.Equal(
            [
                "NormsEngineOptions.MaxInputBytes must be positive; it is 0.",
                "NormsEngineOptions.MaxDepth must be positive; it is -1.",
                "NormsEngineOptions.MaxDegreeOfParallelism must be -1 (one per processor) or positive; it is 0.",
            ],
            error.Failures);
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(0)]
    public void AddNormsEngine_BadParallelism_IsAValidationFailure(int parallelism)
    {
        using var provider = Provider(o => o.MaxDegreeOfParallelism = parallelism);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<NormsEngineOptions>>().Value);

        Assert.Contains("MaxDegreeOfParallelism", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddNormsEngine_ValidateOnStart_IsRegistered()
    {
        var services = new ServiceCollection().AddNormsEngine(b => b.AddRulePack<TestPack>());

        // ValidateOnStart registers the start-up validator that a host runs before it starts.
        Assert.Contains(services, d => d.ServiceType.Name == "IStartupValidator");
    }

    [Fact]
    public void NormsEvaluator_InvalidOptionsWithoutContainer_ArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => new NormsEvaluator([new TestPack()], options: new NormsEngineOptions { MaxAliases = -5 }));

        Assert.Contains("NormsEngineOptions.MaxAliases must be zero or positive; it is -5.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NormsEvaluator_InvalidDocumentLimits_ArgumentExceptionNamingBoth()
    {
        var error = Assert.Throws<ArgumentException>(() => new NormsEvaluator([new TestPack()], options: new NormsEngineOptions { MaxDocuments = 0, MaxAliasExpansion = -1 }));

        Assert.Contains("NormsEngineOptions.MaxDocuments must be positive; it is 0.", error.Message, StringComparison.Ordinal);
        Assert.Contains("NormsEngineOptions.MaxAliasExpansion must be zero or positive; it is -1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_MaxDocuments_LimitsDocumentsPerInput()
    {
        using var provider = Provider(o => o.MaxDocuments = 2);
        var evaluator = provider.GetRequiredService<INormsEvaluator>();

        var report = evaluator.EvaluateYaml(Document + "\n---\n" + Document + "\n---\n" + Document);

        Assert.Equal(3, report.Documents.Count);
        Assert.Contains(report.Documents[2].Findings, f => f.RuleId == "NE0005");
        Assert.DoesNotContain(report.Documents[0].Findings, f => f.RuleId == "NE0005");
    }

    [Fact]
    public void Options_LimitsAndThresholds_AreTheDefaultsOfEveryEvaluation()
    {
        using var provider = Provider(o =>
        {
            o.MaxInputBytes = 50;
            o.Thresholds["cadenceDays"] = 60;
        });
        var evaluator = provider.GetRequiredService<INormsEvaluator>();

        Assert.Equal("NE0005", Assert.Single(evaluator.EvaluateYaml(Document).Documents[0].Findings).RuleId);
        var roomy = new EvaluationOptions { Limits = ReaderLimits.Default };
        var report = evaluator.EvaluateYaml(Document, options: roomy);
        Assert.DoesNotContain(report.Documents[0].Findings, f => f.RuleId == "TST0201");
        Assert.Equal(60m, report.Settings.ThresholdOverrides["cadenceDays"]);
        var caller = evaluator.EvaluateYaml(Document, options: roomy with { Thresholds = new Dictionary<string, decimal> { ["cadenceDays"] = 30 } });
        Assert.Contains(caller.Documents[0].Findings, f => f.RuleId == "TST0201");
    }

    [Fact]
    public void AddNormsEngine_Twice_OneEvaluator()
    {
        var services = new ServiceCollection()
            .AddNormsEngine(b => b.AddRulePack<TestPack>())
            .AddNormsEngine(b => b.AddRulePack<TestPack>());

        Assert.Single(services, d => d.ServiceType == typeof(INormsEvaluator));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<NormsEngineOptions>));
    }

    [Fact]
    public void Logging_Compile_LoggedOnceAtInformationWithTheRuleCount()
    {
        var logger = new RecordingLogger(LogLevel.Information);
        using var provider = Provider(_ => { }, logger);
        var evaluator = provider.GetRequiredService<INormsEvaluator>();
        Assert.Empty(logger.Entries); // lazily compiled: nothing yet

        evaluator.EvaluateYaml(Document);
        evaluator.EvaluateYaml(Document);

        var (level, message) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Information, level);
        Assert.Matches(@"^Compiled 1 rule pack\(s\) \(test 1\.0\.0\) into 5 rules in \d+ ms; 4 need no matching and fire in sequence$", message);
    }

    [Fact]
    public void Logging_CompileOnStartup_CompilesWhenResolvedAndEvaluationsAtDebugOnly()
    {
        var logger = new RecordingLogger(LogLevel.Debug);
        using var provider = Provider(o => o.CompileOnStartup = true, logger);

        var evaluator = provider.GetRequiredService<INormsEvaluator>();
        Assert.Single(logger.Entries);
        evaluator.EvaluateYaml(Document, "x.yaml");

        Assert.Equal([LogLevel.Information, LogLevel.Debug], logger.Entries.Select(e => e.Level));
        Assert.Matches(@"^Evaluated x\.yaml document 0: \d+ finding\(s\) in [\d.]+ ms$", logger.Entries[1].Message);
    }

    internal sealed class RecordingLogger(LogLevel minimum) : ILogger<NormsEvaluator>
    {
        private readonly Lock _lock = new();

        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lock (_lock)
                {
                    Entries.Add((logLevel, formatter(state, exception)));
                }
            }
        }
    }
}

using Microsoft.Extensions.Options;
using NormsEngine.Engine;

namespace NormsEngine.DependencyInjection;

/// <summary>Validates <see cref="NormsEngineOptions"/>: every problem is one sentence of the <see cref="OptionsValidationException"/>.</summary>
internal sealed class NormsEngineOptionsValidator : IValidateOptions<NormsEngineOptions>
{
    public ValidateOptionsResult Validate(string? name, NormsEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

using NormsEngine.Model;

namespace NormsEngine.Rules;

/// <summary>
/// A named scope of a pack: when its rules apply, in words and as a test. The engine applies it to the C# rules that
/// name it (tested once per document), and explanations use it to say why a rule applied or not, with the values the
/// scope read (<c>norms explain</c>). A rule names its scope with the tag <c>scope:NAME</c> in
/// <see cref="Diagnostics.RuleDescriptor.Tags"/>.
/// </summary>
/// <param name="Name">The scope's name, as rules' <c>scope:</c> tags give it (for example <c>essentialService</c>).</param>
/// <param name="Description">When the scope holds, in words, naming the paths it reads.</param>
/// <param name="Paths">The YAML paths the scope reads (role switches and metadata), in the order it reads them.</param>
/// <param name="Holds">Whether the scope holds for an organisation.</param>
public sealed record RuleScope(string Name, string Description, IReadOnlyList<string> Paths, Func<Organisation, bool> Holds);

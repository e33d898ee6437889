using NormsEngine.Diagnostics;
using NormsEngine.Rules;

namespace NormsEngine.Packs;

/// <summary>What loading a YAML rule pack gave: the pack, or every mistake found in it.</summary>
/// <param name="Pack">The loaded pack, ready for <see cref="Engine.NormsEvaluator"/>; <c>null</c> when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every mistake in the pack file, each an NE0101 finding with the file, line and column; empty on success.</param>
public sealed record RulePackLoadResult(IRulePack? Pack, IReadOnlyList<Finding> Errors);

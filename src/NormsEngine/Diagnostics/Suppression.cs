namespace NormsEngine.Diagnostics;

/// <summary>Why a finding is suppressed: reported, but lowering no verdict and failing no run.</summary>
/// <param name="Kind">Where the suppression was written.</param>
/// <param name="Justification">Why the finding is accepted.</param>
/// <param name="Owner">Who owns the decision, when given.</param>
/// <param name="Expires">When the suppression stops applying, when given.</param>
/// <param name="Source">Where the suppression is written (the comment, or the configuration entry).</param>
public sealed record Suppression(SuppressionKind Kind, string Justification, string? Owner = null, DateOnly? Expires = null, SourceLocation? Source = null);

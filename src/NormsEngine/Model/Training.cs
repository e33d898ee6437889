namespace NormsEngine.Model;

/// <summary>Security training (<c>hygiene.training</c>).</summary>
public sealed record Training
{
    /// <summary>Staff who completed security training in the last year, 0 to 100.</summary>
    [Field("Staff who completed security training in the last year.")]
    public decimal? AnnualCompletionPct { get; init; }
}

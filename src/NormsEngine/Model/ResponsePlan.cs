namespace NormsEngine.Model;

/// <summary>The incident-response plan (<c>incidentResponse.plan</c>).</summary>
public sealed record ResponsePlan
{
    /// <summary>A written incident-response plan exists.</summary>
    [Field("A written incident-response plan exists.")]
    public bool? Exists { get; init; }

    /// <summary>Last exercise of that plan.</summary>
    [Field("Last exercise of that plan.")]
    public DateOnly? LastExercise { get; init; }
}

namespace NormsEngine.ParisCall;

/// <summary>The Paris Call pack's thresholds and their defaults (paris-call-rules.md); configuration may override them.</summary>
public static class ParisCallThresholds
{
    /// <summary>Longest early warning for NIS2 entities, in hours (PC0102). Default 24.</summary>
    public const string MaxEarlyWarningHours = "maxEarlyWarningHours";

    /// <summary>Longest incident notification, in hours (PC0102). Default 72.</summary>
    public const string MaxNotificationHours = "maxNotificationHours";

    /// <summary>Oldest acceptable incident-response exercise, in days (PC0103). Default 365.</summary>
    public const string ExerciseMaxAgeDays = "exerciseMaxAgeDays";

    /// <summary>Oldest acceptable restore test, in days (PC0105). Default 365.</summary>
    public const string RestoreTestMaxAgeDays = "restoreTestMaxAgeDays";

    /// <summary>Oldest acceptable election-security exercise before an election, in days (PC0303). Default 180.</summary>
    public const string PreElectionExerciseWindowDays = "preElectionExerciseWindowDays";

    /// <summary>Oldest acceptable supplier assessment, in days (PC0608). Default 365.</summary>
    public const string SupplierAssessmentMaxAgeDays = "supplierAssessmentMaxAgeDays";

    /// <summary>Longest routine OS patch cycle, in days (PC0704). Default 30.</summary>
    public const string PatchCadenceDays = "patchCadenceDays";

    /// <summary>Longest time to patch a critical exposed vulnerability, in days (PC0705). Default 14.</summary>
    public const string CriticalPatchSlaDays = "criticalPatchSlaDays";

    /// <summary>Oldest acceptable inventory review, in days (PC0706). Default 183.</summary>
    public const string InventoryReviewMaxAgeDays = "inventoryReviewMaxAgeDays";

    /// <summary>Lowest acceptable training completion, in percent (PC0707). Default 90.</summary>
    public const string TrainingCompletionPct = "trainingCompletionPct";

    /// <summary>Shortest acceptable audit-log retention, in days (PC0709, release 0.2.0). Default 90 (CIS Controls v8 8.10).</summary>
    public const string LogRetentionDays = "logRetentionDays";

    /// <summary>Shortest acceptable security-update support period, in years (PC0609, release 0.2.0). Default 5 (EU CRA Article 13(8)).</summary>
    public const string SecurityUpdateSupportYears = "securityUpdateSupportYears";

    /// <summary>Every threshold with its default.</summary>
    public static IReadOnlyDictionary<string, decimal> Defaults { get; } = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        [MaxEarlyWarningHours] = 24,
        [MaxNotificationHours] = 72,
        [ExerciseMaxAgeDays] = 365,
        [RestoreTestMaxAgeDays] = 365,
        [PreElectionExerciseWindowDays] = 180,
        [SupplierAssessmentMaxAgeDays] = 365,
        [PatchCadenceDays] = 30,
        [CriticalPatchSlaDays] = 14,
        [InventoryReviewMaxAgeDays] = 183,
        [TrainingCompletionPct] = 90,
        [LogRetentionDays] = 90,
        [SecurityUpdateSupportYears] = 5,
    };
}

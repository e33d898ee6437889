namespace NormsEngine.Diagnostics;

/// <summary>
/// The counts that summaries show, kept as a run goes rather than from a whole <see cref="Report"/>: documents,
/// documents not evaluated, active findings by severity, suppressed and baselined findings, verdicts, and whether the
/// run fails.
/// </summary>
public sealed class ReportTally
{
    private static readonly Verdict[] VerdictOrder = [.. Enum.GetValues<Verdict>().Order()];

    private Dictionary<Verdict, int> _verdicts = [];
    private Severity _highestActive = Severity.None;

    /// <summary>The documents counted.</summary>
    public int Documents { get; private set; }

    /// <summary>The documents that could not be evaluated (NE0001 to NE0007 at error): each fails the run unless failOn is none.</summary>
    public int NotEvaluated { get; private set; }

    /// <summary>Active findings (neither suppressed nor baselined) with severity error.</summary>
    public int Errors { get; private set; }

    /// <summary>Active findings with severity warning.</summary>
    public int Warnings { get; private set; }

    /// <summary>Active findings with severity info.</summary>
    public int Infos { get; private set; }

    /// <summary>Suppressed findings.</summary>
    public int Suppressed { get; private set; }

    /// <summary>Findings in the baseline and not suppressed.</summary>
    public int Baselined { get; private set; }

    /// <summary>The verdicts given, in the order of <see cref="Verdict"/>, each with how many principles got it; only those given.</summary>
    public IEnumerable<(Verdict Verdict, int Count)> Verdicts
    {
        get
        {
            foreach (var verdict in VerdictOrder)
            {
                if (_verdicts.TryGetValue(verdict, out var count))
                {
                    yield return (verdict, count);
                }
            }
        }
    }

    /// <summary>The tally of a whole report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>Its counts.</returns>
    public static ReportTally Of(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tally = new ReportTally();
        foreach (var finding in report.RunFindings)
        {
            tally.AddRunFinding(finding);
        }

        foreach (var document in report.Documents)
        {
            tally.AddDocument(document);
        }

        return tally;
    }

    /// <summary>Counts a document: its verdicts and its findings.</summary>
    /// <param name="document">The document's report.</param>
    public void AddDocument(DocumentReport document)
    {
        Documents++;
        NotEvaluated += document.Evaluated ? 0 : 1;
        foreach (var principle in document.Principles)
        {
            _verdicts[principle.Verdict] = _verdicts.GetValueOrDefault(principle.Verdict) + 1;
        }

        foreach (var finding in document.Findings)
        {
            Add(finding);
        }
    }

    /// <summary>A tally with the same counts, to go on counting without changing this one.</summary>
    /// <returns>The copy.</returns>
    public ReportTally Copy()
    {
        var copy = (ReportTally)MemberwiseClone();
        copy._verdicts = new Dictionary<Verdict, int>(_verdicts);
        return copy;
    }

    /// <summary>Counts a finding about the run rather than a document.</summary>
    /// <param name="finding">The run finding.</param>
    public void AddRunFinding(Finding finding) => Add(finding);

    /// <summary>
    /// Whether an active finding is at or above <paramref name="failOn"/> or a document was not evaluated, as
    /// <see cref="Report.Fails"/> decides.
    /// </summary>
    /// <param name="failOn">The lowest failing severity; <see cref="Severity.None"/> never fails.</param>
    /// <returns><c>true</c> when the run fails.</returns>
    public bool Fails(Severity failOn) => failOn != Severity.None && (NotEvaluated > 0 || _highestActive >= failOn);

    private void Add(Finding finding)
    {
        if (finding.IsSuppressed)
        {
            Suppressed++;
        }
        else if (finding.BaselineState == BaselineState.Unchanged)
        {
            Baselined++;
        }

        if (!finding.IsActive)
        {
            return;
        }

        if (finding.Severity > _highestActive)
        {
            _highestActive = finding.Severity;
        }

        switch (finding.Severity)
        {
            case Severity.Error:
                Errors++;
                break;
            case Severity.Warning:
                Warnings++;
                break;
            case Severity.Info:
                Infos++;
                break;
        }
    }
}

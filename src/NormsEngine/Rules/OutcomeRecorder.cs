namespace NormsEngine.Rules;

/// <summary>
/// What one rule action read while explaining (<c>EvaluationOptions.Explain</c>): the YAML paths of the values it
/// named, the thresholds it read and whether it used the as-of date. Reads are attributed to the next outcome the
/// action reports; the session clears them when an action starts, so that a condition's reads (evaluated when facts
/// are inserted) never reach another rule's outcome. One recorder serves one session on one thread. Only created when
/// explaining: the default path records nothing and allocates nothing for it.
/// </summary>
internal sealed class OutcomeRecorder
{
    private readonly List<string> _paths = [];
    private readonly List<KeyValuePair<string, decimal>> _thresholds = [];
    private bool _asOf;

    /// <summary>Forgets what was read before the action that is about to run.</summary>
    public void BeginAction()
    {
        _paths.Clear();
        _thresholds.Clear();
        _asOf = false;
    }

    /// <summary>Notes a value read, by its YAML path in the document.</summary>
    public void Path(string path)
    {
        if (!_paths.Contains(path))
        {
            _paths.Add(path);
        }
    }

    /// <summary>Notes a threshold read with the value in force.</summary>
    public void Threshold(string name, decimal value)
    {
        foreach (var (known, _) in _thresholds)
        {
            if (known == name)
            {
                return;
            }
        }

        _thresholds.Add(new KeyValuePair<string, decimal>(name, value));
    }

    /// <summary>Notes that the action compared a date with the as-of date.</summary>
    public void AsOfUsed() => _asOf = true;

    /// <summary>What was read for <paramref name="outcome"/>, its own paths included; the recorder starts afresh.</summary>
    public OutcomeReads Take(RuleOutcome outcome)
    {
        Path(outcome.Path);
        foreach (var missing in outcome.MissingPaths)
        {
            // A YAML rule names an undecidable value with its problem ("x-tier (text, which ...)"): not a path.
            if (!missing.Contains(' ', StringComparison.Ordinal))
            {
                Path(missing);
            }
        }

        var reads = new OutcomeReads([.. _paths], [.. _thresholds], _asOf);
        BeginAction();
        return reads;
    }
}

/// <summary>What a rule read to decide one outcome.</summary>
/// <param name="Paths">YAML paths of the values read (some may be paths of missing values, or of a target).</param>
/// <param name="Thresholds">Thresholds read, with their values.</param>
/// <param name="UsedAsOf">Whether the rule compared a date with the as-of date.</param>
internal sealed record OutcomeReads(IReadOnlyList<string> Paths, IReadOnlyList<KeyValuePair<string, decimal>> Thresholds, bool UsedAsOf);

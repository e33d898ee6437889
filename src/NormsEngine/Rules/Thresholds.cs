using System.Collections.ObjectModel;

namespace NormsEngine.Rules;

/// <summary>Named numeric thresholds that rules compare against (for example <c>criticalPatchSlaDays</c>).</summary>
public sealed class Thresholds
{
    private readonly IReadOnlyDictionary<string, decimal> _values;
    private readonly OutcomeRecorder? _recorder;

    /// <summary>Creates thresholds from name/value pairs.</summary>
    /// <param name="values">The values by name.</param>
    public Thresholds(IReadOnlyDictionary<string, decimal> values) =>
        _values = new ReadOnlyDictionary<string, decimal>(new Dictionary<string, decimal>(values, StringComparer.Ordinal));

    /// <summary>A view of <paramref name="thresholds"/> that notes every read in <paramref name="recorder"/> (when explaining).</summary>
    internal Thresholds(Thresholds thresholds, OutcomeRecorder recorder)
    {
        _values = thresholds._values;
        _recorder = recorder;
    }

    /// <summary>Every threshold by name.</summary>
    public IReadOnlyDictionary<string, decimal> Values => _values;

    /// <summary>The threshold called <paramref name="name"/>.</summary>
    /// <param name="name">The threshold's name.</param>
    /// <exception cref="KeyNotFoundException">No pack declares it.</exception>
    public decimal this[string name]
    {
        get
        {
            if (!_values.TryGetValue(name, out var value))
            {
                throw new KeyNotFoundException($"No loaded pack declares the threshold '{name}'.");
            }

            _recorder?.Threshold(name, value);
            return value;
        }
    }

    /// <summary>The threshold as a whole number (hours, days, percentages without decimals).</summary>
    /// <param name="name">The threshold's name.</param>
    /// <returns>The value, truncated.</returns>
    public int Whole(string name) => (int)this[name];
}

using System.Linq.Expressions;
using NormsEngine.Diagnostics;

namespace NormsEngine.Rules;

/// <summary>
/// A failure condition made of several OR-ed conditions, combined with three-valued logic
/// (<c>false OR unknown</c> is unknown, <c>true OR unknown</c> is true). Create with <see cref="RuleContext.Check{T}"/>.
/// </summary>
/// <typeparam name="T">The target's type: the organisation or a supplier.</typeparam>
public sealed class RuleCheck<T>
    where T : class
{
    private readonly RuleContext _context;
    private readonly RuleDescriptor _descriptor;
    private readonly T _target;
    private readonly List<Expression<Func<T, object?>>> _unknown = [];
    private Expression<Func<T, object?>>? _first;
    private Expression<Func<T, object?>>? _failedAt;
    private object?[] _failedArgs = [];

    internal RuleCheck(RuleContext context, RuleDescriptor descriptor, T target)
    {
        _context = context;
        _descriptor = descriptor;
        _target = target;
    }

    /// <summary>Adds a condition: <c>true</c> when it fails, <c>false</c> when it holds, <c>null</c> when a value it needs is not declared.</summary>
    /// <param name="value">The value the condition reads (the finding points at it).</param>
    /// <param name="fails">The condition's three-valued result.</param>
    /// <param name="args">Values for the rule's message format, used if this condition is the one that fails.</param>
    /// <returns>This check.</returns>
    public RuleCheck<T> FailsWhen(Expression<Func<T, object?>> value, bool? fails, params object?[] args)
    {
        _first ??= value;
        if (_context.Recorder is not null)
        {
            _context.Read(_target, value);
        }

        if (fails == true && _failedAt is null)
        {
            _failedAt = value;
            _failedArgs = args;
        }
        else if (fails is null)
        {
            _unknown.Add(value);
        }

        return this;
    }

    /// <summary>Reports the combined outcome.</summary>
    public void Report()
    {
        if (_failedAt is not null)
        {
            _context.Fail(_descriptor, _target, _failedAt, _failedArgs);
        }
        else if (_unknown.Count > 0)
        {
            _context.InsufficientData(_descriptor, _target, _unknown[0], [.. _unknown.Skip(1)]);
        }
        else if (_first is not null)
        {
            _context.Pass(_descriptor, _target, _first);
        }
    }
}

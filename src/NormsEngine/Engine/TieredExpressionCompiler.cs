using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace NormsEngine.Engine;

/// <summary>
/// Compiles NRules' condition and action expressions in two tiers, as the runtime does methods: each starts
/// interpreted (<see cref="LambdaExpression.Compile(bool)"/>: nothing to emit or JIT) and is compiled to IL by
/// FastExpressionCompiler on its <see cref="CompileAfter"/>th call. A one-document check never pays for compiling
/// the 100 or so expressions of the Paris Call pack (about 20 ms of a 0.3 s run, measured), while a long run has
/// every expression it uses compiled after a few documents. Delegate shapes other than NRules' own are compiled at once.
/// </summary>
internal sealed class TieredExpressionCompiler : IExpressionCompiler
{
    /// <summary>Calls made through the interpreter before an expression is compiled.</summary>
    public const int CompileAfter = 16;

    /// <inheritdoc/>
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        var type = typeof(TDelegate);
        var tier = type.IsGenericType ? type.GetGenericTypeDefinition() switch
        {
            var t when t == typeof(Func<,>) => typeof(FuncTier<,>),
            var t when t == typeof(Func<,,>) => typeof(FuncTier<,,>),
            var t when t == typeof(Action<,>) => typeof(ActionTier<,>),
            var t when t == typeof(Action<,,,>) => typeof(ActionTier<,,,>),
            _ => null,
        } : null;
        return tier is null
            ? Compiled(expression)
            : ((Tier<TDelegate>)Activator.CreateInstance(tier.MakeGenericType(type.GetGenericArguments()), expression)!).Entry;
    }

    /// <summary>The expression compiled to IL; any expression FastExpressionCompiler cannot compile goes to the framework's compiler.</summary>
    internal static TDelegate Compiled<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();

    /// <summary>One expression's delegate: the interpreter's until the expression has been used often, then the compiled one.</summary>
    internal abstract class Tier<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        private readonly TDelegate _interpreted = expression.Compile(preferInterpretation: true);
        private TDelegate? _compiled;
        private int _calls;

        /// <summary>Whether the expression has been compiled (its next calls skip the interpreter).</summary>
        public bool IsCompiled => _compiled is not null;

        /// <summary>The delegate NRules calls: forwards to <see cref="Current"/>.</summary>
        public abstract TDelegate Entry { get; }

        /// <summary>The delegate for this call; compiles on the <see cref="CompileAfter"/>th (once, whichever thread gets there).</summary>
        protected TDelegate Current
        {
            get
            {
                if (_compiled is { } compiled)
                {
                    return compiled;
                }

                if (Interlocked.Increment(ref _calls) == CompileAfter)
                {
                    _compiled = Compiled(expression);
                }

                return _interpreted;
            }
        }
    }

    private sealed class FuncTier<T1, TResult>(Expression<Func<T1, TResult>> expression) : Tier<Func<T1, TResult>>(expression)
    {
        public override Func<T1, TResult> Entry => Invoke;

        private TResult Invoke(T1 a) => Current(a);
    }

    private sealed class FuncTier<T1, T2, TResult>(Expression<Func<T1, T2, TResult>> expression) : Tier<Func<T1, T2, TResult>>(expression)
    {
        public override Func<T1, T2, TResult> Entry => Invoke;

        private TResult Invoke(T1 a, T2 b) => Current(a, b);
    }

    private sealed class ActionTier<T1, T2>(Expression<Action<T1, T2>> expression) : Tier<Action<T1, T2>>(expression)
    {
        public override Action<T1, T2> Entry => Invoke;

        private void Invoke(T1 a, T2 b) => Current(a, b);
    }

    private sealed class ActionTier<T1, T2, T3, T4>(Expression<Action<T1, T2, T3, T4>> expression) : Tier<Action<T1, T2, T3, T4>>(expression)
    {
        public override Action<T1, T2, T3, T4> Entry => Invoke;

        private void Invoke(T1 a, T2 b, T3 c, T4 d) => Current(a, b, c, d);
    }
}

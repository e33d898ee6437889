using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace NormsEngine.Engine;

/// <summary>
/// Compiles NRules' condition and action expressions in two tiers, as the runtime does methods: each runs
/// interpreted (<see cref="LambdaExpression.Compile(bool)"/>: nothing to emit or JIT) for its first calls and is
/// compiled to IL by FastExpressionCompiler on the call after them (<see cref="DefaultInterpretedCalls"/> unless
/// told otherwise). A one-document check never pays for compiling the 75 expressions of the Paris Call pack (about
/// 20 ms of a 0.3 s run, measured), while a long run has every expression it uses compiled after a few documents.
/// Both tiers give the same results and throw the same exceptions, except that an exception the runtime raises itself
/// may be worded differently (an invalid cast names its types only when compiled). If compiling fails, the expression
/// stays interpreted. Delegate shapes other than NRules' own are compiled at once.
/// </summary>
internal sealed class TieredExpressionCompiler(int interpretedCalls = TieredExpressionCompiler.DefaultInterpretedCalls) : IExpressionCompiler
{
    /// <summary>Calls an expression makes through the interpreter before it is compiled.</summary>
    public const int DefaultInterpretedCalls = 15;

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
        if (tier is null)
        {
            return Compiled(expression);
        }

        // Not wrapped: an expression the interpreter cannot take fails NRules' compilation with its own exception.
        var created = Activator.CreateInstance(
            tier.MakeGenericType(type.GetGenericArguments()),
            BindingFlags.Instance | BindingFlags.Public | BindingFlags.DoNotWrapExceptions,
            binder: null,
            args: [expression, interpretedCalls],
            culture: null);
        return ((Tier<TDelegate>)created!).Entry;
    }

    /// <summary>The expression compiled to IL; any expression FastExpressionCompiler cannot compile goes to the framework's compiler.</summary>
    internal static TDelegate Compiled<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();

    /// <summary>One expression's delegate: the interpreter's for its first calls, then the compiled one.</summary>
    internal abstract class Tier<TDelegate>(Expression<TDelegate> expression, int interpretedCalls)
        where TDelegate : Delegate
    {
        private readonly TDelegate _interpreted = expression.Compile(preferInterpretation: true);
        private TDelegate? _compiled;
        private int _calls;

        /// <summary>Whether the expression has been compiled (its next calls skip the interpreter).</summary>
        public bool IsCompiled => _compiled is not null;

        /// <summary>The delegate NRules calls: forwards to <see cref="Current"/>.</summary>
        public abstract TDelegate Entry { get; }

        /// <summary>The delegate for this call: the compiled one once there is one (a field read the JIT inlines).</summary>
        protected TDelegate Current => _compiled ?? Next();

        /// <summary>
        /// The interpreted delegate for the first calls; on the call after them, compiles (once, whichever thread gets
        /// there; others keep interpreting until they see the result) and returns the compiled one.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private TDelegate Next()
        {
            if (Interlocked.Increment(ref _calls) - 1 != interpretedCalls)
            {
                return _interpreted;
            }

            try
            {
                return _compiled = Compiled(expression);
            }
            catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or ArgumentException or InvalidProgramException)
            {
                // A compiler's limit, not the rule's fault: the interpreter keeps answering, as it did so far.
                return _interpreted;
            }
        }
    }

    private sealed class FuncTier<T1, TResult>(Expression<Func<T1, TResult>> expression, int interpretedCalls)
        : Tier<Func<T1, TResult>>(expression, interpretedCalls)
    {
        public override Func<T1, TResult> Entry => Invoke;

        private TResult Invoke(T1 a) => Current(a);
    }

    private sealed class FuncTier<T1, T2, TResult>(Expression<Func<T1, T2, TResult>> expression, int interpretedCalls)
        : Tier<Func<T1, T2, TResult>>(expression, interpretedCalls)
    {
        public override Func<T1, T2, TResult> Entry => Invoke;

        private TResult Invoke(T1 a, T2 b) => Current(a, b);
    }

    private sealed class ActionTier<T1, T2>(Expression<Action<T1, T2>> expression, int interpretedCalls)
        : Tier<Action<T1, T2>>(expression, interpretedCalls)
    {
        public override Action<T1, T2> Entry => Invoke;

        private void Invoke(T1 a, T2 b) => Current(a, b);
    }

    private sealed class ActionTier<T1, T2, T3, T4>(Expression<Action<T1, T2, T3, T4>> expression, int interpretedCalls)
        : Tier<Action<T1, T2, T3, T4>>(expression, interpretedCalls)
    {
        public override Action<T1, T2, T3, T4> Entry => Invoke;

        private void Invoke(T1 a, T2 b, T3 c, T4 d) => Current(a, b, c, d);
    }
}

using System.Runtime.CompilerServices;

namespace NormsEngine.Engine;

/// <summary>
/// Runs work over items in parallel and hands the results back in input order, with a bounded window: at most
/// <c>window</c> items are in flight, and a new one starts only when the oldest has been handed back. The results
/// held at any time are bounded by the window, not by the number of items. The one loop behind every multi-document
/// evaluation: a run's inputs, a batch of files, a list of loaded documents.
/// </summary>
internal static class OrderedWindow
{
    /// <summary>The window for CPU-bound work: two items per processor, so that every core stays busy while the oldest is consumed.</summary>
    public static int DefaultSize => 2 * Environment.ProcessorCount;

    /// <summary>Runs <paramref name="work"/> over <paramref name="items"/> on the thread pool and yields each result in input order.</summary>
    /// <param name="items">The items, enumerated lazily on the consumer's thread.</param>
    /// <param name="work">The work for one item; an exception it throws is thrown when the item's turn comes.</param>
    /// <param name="window">Most items in flight.</param>
    /// <param name="cancellationToken">Stops starting items; the work sees it too.</param>
    /// <returns>The results, lazily, in the items' order.</returns>
    public static IEnumerable<TResult> Run<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> work, int window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        return Iterate(items, (item, _) => Task.Run(() => work(item), cancellationToken), window, cancellationToken);
    }

    /// <summary>Runs asynchronous <paramref name="work"/> over <paramref name="items"/> and yields each result in input order.</summary>
    /// <param name="items">The items, enumerated lazily.</param>
    /// <param name="work">Starts the work for one item; an exception it throws is thrown when the item's turn comes.</param>
    /// <param name="window">Most items in flight.</param>
    /// <param name="cancellationToken">Stops starting items; passed to the work.</param>
    /// <returns>The results, in the items' order.</returns>
    public static async IAsyncEnumerable<TResult> RunAsync<TItem, TResult>(
        IEnumerable<TItem> items,
        Func<TItem, CancellationToken, Task<TResult>> work,
        int window,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<Task<TResult>>(window);
        using var source = items.GetEnumerator();
        try
        {
            while (true)
            {
                Fill(pending, source, work, window, stop.Token);
                if (pending.Count == 0)
                {
                    yield break;
                }

                var result = await pending.Dequeue().ConfigureAwait(false);
                Fill(pending, source, work, window, stop.Token);
                cancellationToken.ThrowIfCancellationRequested();
                yield return result;
            }
        }
        finally
        {
            // Stopped early (cancelled, failed or abandoned by the consumer): stop the work still in flight and wait
            // for it, so that none outlives the enumeration.
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var task in pending)
            {
                try
                {
                    await task.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Its result is no longer wanted.
                }
            }
        }
    }

    private static IEnumerable<TResult> Iterate<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, CancellationToken, Task<TResult>> work, int window, CancellationToken cancellationToken)
    {
        var pending = new Queue<Task<TResult>>(window);
        using var source = items.GetEnumerator();
        try
        {
            while (true)
            {
                Fill(pending, source, work, window, cancellationToken);
                if (pending.Count == 0)
                {
                    yield break;
                }

                var result = pending.Dequeue().GetAwaiter().GetResult();

                // Keep the window full while the consumer handles this result.
                Fill(pending, source, work, window, cancellationToken);
                yield return result;
            }
        }
        finally
        {
            // Abandoned or failed: wait for the work still in flight, so that none outlives the enumeration.
            foreach (var task in pending)
            {
                try
                {
                    task.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Its result is no longer wanted.
                }
            }
        }
    }

    private static void Fill<TItem, TResult>(Queue<Task<TResult>> pending, IEnumerator<TItem> source, Func<TItem, CancellationToken, Task<TResult>> work, int window, CancellationToken cancellationToken)
    {
        while (pending.Count < window)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!source.MoveNext())
            {
                return;
            }

            pending.Enqueue(work(source.Current, cancellationToken));
        }
    }
}

namespace NormsEngine.Cli.Commands;

/// <summary>
/// Runs work over items in parallel and hands the results back in input order, with a bounded window: at most
/// <c>window</c> items are in flight, and a new one starts only when the oldest has been handed back. The results
/// held at any time are bounded by the window, not by the number of items.
/// </summary>
internal static class OrderedWindow
{
    /// <summary>The window for CPU-bound work: two items per processor, so that every core stays busy while the oldest is consumed.</summary>
    public static int DefaultSize => 2 * Environment.ProcessorCount;

    /// <summary>Runs <paramref name="work"/> over <paramref name="items"/> on the thread pool and yields each result in input order.</summary>
    /// <param name="items">The items.</param>
    /// <param name="work">The work for one item; an exception it throws is thrown when the item's turn comes.</param>
    /// <param name="window">Most items in flight.</param>
    /// <returns>The results, lazily, in the items' order.</returns>
    public static IEnumerable<TResult> Run<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work, int window)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        return Iterate(items, work, window);
    }

    private static IEnumerable<TResult> Iterate<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work, int window)
    {
        var pending = new Queue<Task<TResult>>(window);
        var next = 0;
        try
        {
            while (true)
            {
                Fill();
                if (pending.Count == 0)
                {
                    yield break;
                }

                var result = pending.Dequeue().GetAwaiter().GetResult();

                // Keep the window full while the consumer handles this result.
                Fill();
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
                    task.Wait();
                }
                catch (AggregateException)
                {
                    // Its result is no longer wanted.
                }
            }
        }

        void Fill()
        {
            while (pending.Count < window && next < items.Count)
            {
                var item = items[next++];
                pending.Enqueue(Task.Run(() => work(item)));
            }
        }
    }
}

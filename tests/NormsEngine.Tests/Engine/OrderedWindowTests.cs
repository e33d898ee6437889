using NormsEngine.Engine;

namespace NormsEngine.Tests.Engine;

public sealed class OrderedWindowTests
{
    [Fact]
    public void Run_WorkFinishingOutOfOrder_ResultsInInputOrder()
    {
        var items = Enumerable.Range(0, 40).ToArray();

        var results = OrderedWindow.Run(items, i =>
        {
            // Later items finish first within a window.
            Thread.Sleep((40 - i) % 5);
            return i * 10;
        }, window: 4).ToList();

        Assert.Equal(items.Select(i => i * 10), results);
    }

    [Fact]
    public void Run_ManyItems_NeverMoreThanTheWindowInFlight()
    {
        var inFlight = 0;
        var most = 0;

        var results = OrderedWindow.Run(Enumerable.Range(0, 60).ToArray(), i =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            Thread.Sleep(1);
            Interlocked.Decrement(ref inFlight);
            return i;
        }, window: 3).ToList();

        Assert.Equal(60, results.Count);
        Assert.InRange(most, 1, 3);
    }

    [Fact]
    public void Run_ConsumerSlow_StartsNoItemBeyondTheWindow()
    {
        var started = new List<int>();
        using var results = OrderedWindow.Run(Enumerable.Range(0, 20).ToArray(), i =>
        {
            lock (started)
            {
                started.Add(i);
            }

            return i;
        }, window: 2).GetEnumerator();

        Assert.True(results.MoveNext());
        Thread.Sleep(50);

        // Item 0 is handed back; 1 and 2 may be in flight; nothing later has started.
        lock (started)
        {
            Assert.True(started.Max() <= 2, string.Join(", ", started));
        }
    }

    [Fact]
    public void Run_WorkThrows_ThrownWhenItsTurnComesAfterEarlierResults()
    {
        var seen = new List<int>();

        var thrown = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var result in OrderedWindow.Run(Enumerable.Range(0, 10).ToArray(), i => i == 5 ? throw new InvalidOperationException("five") : i, window: 4))
            {
                seen.Add(result);
            }
        });

        Assert.Equal("five", thrown.Message);
        Assert.Equal([0, 1, 2, 3, 4], seen);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}

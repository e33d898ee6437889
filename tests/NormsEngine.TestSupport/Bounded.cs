using System.Globalization;

namespace NormsEngine.TestSupport;

/// <summary>
/// Runs work that must end on a thread of its own, so that a hang fails the test instead of hanging the run: the
/// work gets a token cancelled after <c>timeout</c>, and the test stops waiting shortly after that. (Code that
/// ignores its token keeps a background thread spinning until the test host exits; the test has failed by then.)
/// </summary>
public static class Bounded
{
    /// <summary>
    /// Runs work that takes no cancellation token: fails with "<paramref name="what"/> did not end within ..." when it
    /// does not end within <paramref name="timeout"/>, instead of hanging the run.
    /// </summary>
    public static T Within<T>(TimeSpan timeout, Func<T> work, string what)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(timeout), string.Create(CultureInfo.InvariantCulture, $"{what} did not end within {timeout.TotalSeconds} s"));
        return task.Result;
    }

    /// <summary>Runs work that takes a cancellation token, cancelled after <paramref name="timeout"/> (see the class).</summary>
    public static T Run<T>(TimeSpan timeout, Func<CancellationToken, T> work, string what)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var task = Task.Factory.StartNew(() => work(cancellation.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!task.Wait(timeout + TimeSpan.FromSeconds(2)))
        {
            throw new Xunit.Sdk.XunitException($"{what} did not end within {timeout.TotalSeconds:0.#} s (it hangs, and ignores its cancellation token).");
        }

        return task.Result;
    }

    /// <summary>
    /// Runs one fuzz input: fails with <paramref name="input"/> (what was fed in, for the report) when the work does
    /// not end within <paramref name="timeout"/> or throws, instead of hanging the run or losing the input.
    /// </summary>
    public static T Input<T>(string input, TimeSpan timeout, Func<T> work)
    {
        var task = Task.Run(work);
        try
        {
            Assert.True(task.Wait(timeout), $"{input}\ndid not end within {timeout.TotalSeconds} s");
        }
        catch (AggregateException ex)
        {
            Assert.Fail($"{input}\nthrew {ex.InnerException}");
        }

        return task.Result;
    }

    /// <summary>A fuzz input as a test failure shows it: its description, then its text cut at 2,000 characters.</summary>
    public static string Describe(string description, string text) =>
        $"{description}:\n{(text.Length > 2000 ? text[..2000] + "..." : text)}";
}

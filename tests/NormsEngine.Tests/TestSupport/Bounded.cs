namespace NormsEngine.Tests.TestSupport;

/// <summary>
/// Runs work that must end on a thread of its own, so that a hang fails the test instead of hanging the run: the
/// work gets a token cancelled after <c>timeout</c>, and the test stops waiting shortly after that. (Code that
/// ignores its token keeps a background thread spinning until the test host exits; the test has failed by then.)
/// </summary>
internal static class Bounded
{
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
}

namespace NormsEngine.Testing;

/// <summary>Thrown by <see cref="FixtureResult.AssertExpectations"/> when a fixture's expectations do not hold; the message lists every failure.</summary>
public sealed class FixtureAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FixtureAssertionException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The failures.</param>
    public FixtureAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The failures.</param>
    /// <param name="innerException">The cause.</param>
    public FixtureAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

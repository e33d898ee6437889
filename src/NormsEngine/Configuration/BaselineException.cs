namespace NormsEngine.Configuration;

/// <summary>A baseline file cannot be read or is not a baseline.</summary>
public sealed class BaselineException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BaselineException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, with the file.</param>
    public BaselineException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, with the file.</param>
    /// <param name="innerException">The cause.</param>
    public BaselineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

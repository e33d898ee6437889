using System.Globalization;

namespace NormsEngine.TestSupport;

/// <summary>Runs code under another current culture (and UI culture), then puts the thread's cultures back.</summary>
public static class CultureSwitch
{
    /// <summary>Runs <paramref name="action"/> with <paramref name="culture"/> as the current culture and UI culture.</summary>
    public static T Run<T>(CultureInfo culture, Func<T> action)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}

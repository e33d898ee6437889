namespace NormsEngine.ParisCall;

/// <summary>The YAML names of an enum's members (camelCase, as the document writes them), built once per enum.</summary>
/// <typeparam name="TEnum">The model's enum.</typeparam>
internal static class YamlNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().Distinct().ToDictionary(
        value => value,
        value =>
        {
            var name = value.ToString();
            return char.ToLowerInvariant(name[0]) + name[1..];
        });

    /// <summary>The name the document writes for <paramref name="value"/>.</summary>
    public static string Of(TEnum value) => Names.TryGetValue(value, out var name) ? name : value.ToString();
}

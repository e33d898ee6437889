using System.Security.Cryptography;
using System.Text;
using NormsEngine.Engine;

namespace NormsEngine.Tests.Engine;

public class FingerprintsTests
{
    /// <summary>The definition, written the plain way: what every baseline ever written was computed with.</summary>
    private static string Reference(string ruleId, string? file, int index, string path)
    {
        var text = $"{ruleId}\n{(file ?? "<input>").Replace('\\', '/')}#{index}\n{path}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))[..16]).ToLowerInvariant();
    }

    [Theory]
    [InlineData("PC0702", "policies/acme.yaml", 0, "hygiene.mfa.adminPct")]
    [InlineData("NE0201:PC0606", null, 3, "supplyChain.suppliers[12]")]
    [InlineData("PC0101", "C:\\repo\\docs\\org.yaml", 0, "")]
    [InlineData("PC0605", "politiques/établissement-santé.yaml", 1, "supplyChain.suppliers[0].securityClauses")]
    [InlineData("PC0101", "a.yaml", int.MaxValue, "x")]
    public void Compute_AnyInput_EqualsTheDefinition(string ruleId, string? file, int index, string path)
    {
        Assert.Equal(Reference(ruleId, file, index, path), Fingerprints.Compute(ruleId, file, index, path));
    }

    [Fact]
    public void Compute_LongerThanTheStackBuffer_EqualsTheDefinition()
    {
        var file = string.Concat(Enumerable.Repeat("très/long/dossier/", 60)) + "org.yaml";
        var path = string.Concat(Enumerable.Repeat("a.b", 200));

        Assert.Equal(Reference("PC0101", file, 7, path), Fingerprints.Compute("PC0101", file, 7, path));
    }

    [Fact]
    public void Compute_KnownInput_KeepsItsValue()
    {
        // Baselines store fingerprints: this value must never change.
        Assert.Equal("70f273a0a9af1d07dda694cf1074f38a", Fingerprints.Compute("PC0702", "hospital.yaml", 0, "hygiene.mfa.adminPct"));
    }
}

using System.Text.RegularExpressions;
using FsCheck.Xunit;
using NormsEngine.Reporting;

namespace NormsEngine.Tests.Reporting;

/// <summary>Version 5 UUIDs (RFC 9562 section 5.5), which every OSCAL output derives its UUIDs with.</summary>
public sealed partial class OscalUuidTests
{
    [Fact]
    public void Create_Rfc9562AppendixAVector_KnownAnswer()
    {
        // RFC 9562, Appendix A.4: the DNS namespace and "www.example.com".
        Assert.Equal("2ed6657d-e927-568b-95e1-2665a8aea6a2", OscalUuid.Create(OscalUuid.DnsNamespace, "www.example.com"));
    }

    [Fact]
    public void Namespace_Uuid5OfTheProjectUrl_SameAsPythonsUuid5()
    {
        // uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/normsengine/normsengine") in Python's standard library:
        // a second implementation, and the namespace every UUID of ours hangs from.
        Assert.Equal("d2b58502-d22b-5cda-9980-e6cfdfd6d64a", OscalUuid.Namespace.ToString());
    }

    [Property]
    public bool Of_AnyName_VersionFiveRfcVariantLowercaseAndStable(string? name)
    {
        var text = name ?? string.Empty;
        var uuid = OscalUuid.Of(text);
        return UuidPattern().IsMatch(uuid) && uuid == OscalUuid.Of(text) && (text.Length == 0 || uuid != OscalUuid.Of(text + "x"));
    }

    /// <summary>NIST's UUID pattern with version 5 only, lowercase.</summary>
    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex UuidPattern();
}

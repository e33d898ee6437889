using System.Security.Cryptography;
using System.Text;
using FsCheck.Xunit;
using NormsEngine.Engine;

namespace NormsEngine.Tests.Engine;

/// <summary>The written-out SHA-256 gives the platform's hash, byte for byte.</summary>
public sealed class Sha256Tests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void HashData_FipsExample_GivesItsDigest(string message, string digest)
    {
        Assert.Equal(digest, Hash(Encoding.ASCII.GetBytes(message)));
    }

    [Fact]
    public void HashData_EveryLengthAcrossThreeBlocks_EqualsThePlatform()
    {
        // 0 to 200 bytes: empty, one and two padding blocks, and the 55/56/63/64-byte edges where padding spills over.
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)((i * 37) + 11)).ToArray();
        for (var length = 0; length <= bytes.Length; length++)
        {
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(0, length))), Hash(bytes.AsSpan(0, length)));
        }
    }

    [Property(MaxTest = 300)]
    public bool HashData_AnyBytes_EqualsThePlatform(byte[]? bytes) =>
        Hash(bytes ?? []) == Convert.ToHexStringLower(SHA256.HashData(bytes ?? []));

    [Fact]
    public void HashData_MillionAs_GivesTheFipsDigest()
    {
        Assert.Equal("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Hash(Enumerable.Repeat((byte)'a', 1_000_000).ToArray()));
    }

    [Fact]
    public void HashData_ShortDestination_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Sha256.HashData([1, 2, 3], new byte[31]));
    }

    private static string Hash(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[Sha256.HashSize];
        Sha256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }
}

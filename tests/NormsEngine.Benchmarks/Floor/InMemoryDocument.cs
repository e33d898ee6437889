using NormsEngine.Documents;
using NormsEngine.Model;

namespace NormsEngine.Benchmarks.Floor;

/// <summary>Wraps an organisation built in code (for example with <c>with</c> expressions) as a document the engine can evaluate.</summary>
internal static class InMemoryDocument
{
    /// <summary>A document with no source text: every finding points at the document root, but keeps its rule's YAML path.</summary>
    /// <param name="organisation">The organisation; its suppliers must carry their positions in <see cref="Supplier.Index"/>.</param>
    /// <returns>The document.</returns>
    public static PracticesDocument Of(Organisation organisation) =>
        new(null, 0, 1, organisation, new SourceMap(null, new TextPoint(1, 1)), []);
}

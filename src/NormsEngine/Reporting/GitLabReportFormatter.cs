using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// For GitLab merge requests: the code quality report (<c>artifacts:reports:codequality</c>), the subset of the Code
/// Climate issue format GitLab reads, as documented under "Implement a custom tool" in
/// https://docs.gitlab.com/ee/ci/testing/code_quality.html: a JSON array with one object per finding that counts,
/// each with <c>description</c>, <c>check_name</c>, <c>fingerprint</c>, <c>severity</c>, <c>location.path</c> and
/// <c>location.lines.begin</c> (and <c>end</c>, which Code Climate's line locations carry).
/// <para>
/// Which findings: the active ones, document and run findings alike (GitLab compares a merge request's report with
/// its target branch's itself, so suppressed and baselined findings are left out), and, as in the GitHub format, the
/// error that kept a document from being evaluated even when it is suppressed or baselined, since it fails the run.
/// </para>
/// <para>
/// Severity: error is <c>critical</c>, warning <c>major</c>, info <c>info</c>; a finding that kept its document from
/// being evaluated is <c>blocker</c> (nothing else in that document could be assessed). GitLab shows critical and
/// blocker as danger and major as warning, so what fails a run by default reads as what must be fixed first; minor is
/// not used, as our scale has no step between a warning and information.
/// </para>
/// <para>
/// Fingerprints: GitLab shows findings that share a fingerprint as one, so each object gets its own, stable between
/// runs (no line number goes into it): a hash of the file, the document's index (or "run" for run findings) and the
/// finding's fingerprint (rule ID, file, index and YAML path), or for a finding without one (run findings) its rule
/// ID, YAML path and message; the second and later findings of a document (or of the run findings) that share all
/// that also hash their rank. Findings of different documents differ by file or index (the tool reads each file
/// once), so no two objects of a report share a fingerprint.
/// </para>
/// <para>
/// Paths are the files as the caller named them (the tool names files relative to the current directory, the
/// repository's root in a CI job) with forward slashes; standard input keeps the caller's name (<c>&lt;stdin&gt;</c>),
/// text from no file is <c>&lt;input&gt;</c>, so that a finding that fails the run is never left out. A finding with no
/// position points at line 1. Values go through <see cref="MessageText"/>, then JSON escaping. Written as it goes:
/// the writer keeps no document.
/// </para>
/// </summary>
internal sealed class GitLabReportFormatter : ReportFormatter
{
    /// <inheritdoc/>
    public override string Name => "gitlab";

    /// <inheritdoc/>
    protected override ReportWriter CreateWriter(TextWriter writer) => new Writer(writer);

    /// <summary>The GitLab severity of a finding.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="blocks">Whether it kept its document from being evaluated.</param>
    /// <returns>One of <c>info</c>, <c>major</c>, <c>critical</c>, <c>blocker</c>.</returns>
    internal static string SeverityOf(Finding finding, bool blocks) => blocks ? "blocker" : finding.Severity switch
    {
        Severity.Error => "critical",
        Severity.Warning => "major",
        _ => "info",
    };

    /// <summary>The path GitLab gets: forward slashes, no leading <c>./</c>, <c>&lt;input&gt;</c> for text from no file.</summary>
    /// <param name="file">The file as the caller named it, or <c>null</c>.</param>
    /// <returns>The path.</returns>
    internal static string PathOf(string? file)
    {
        var path = (file ?? "<input>").Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        return MessageText.Line(path.Length == 0 ? "<input>" : path);
    }

    /// <summary>The first 128 bits of SHA-256 over the UTF-8 text, as 32 lowercase hex digits, as finding fingerprints are written.</summary>
    internal static string Hash(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16)).ToLowerInvariant();

    private sealed class Writer(TextWriter writer) : ReportWriter
    {
        private readonly JsonOutput _output = new(writer);

        // How many findings of the current document (or of the run findings) had each fingerprint so far; cleared
        // after each, so memory holds one document's findings at most.
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public override void Begin(ReportHeader header)
        {
            _output.Json.WriteStartArray();
            _output.Flush();
        }

        public override void WriteDocument(DocumentReport document, bool multiple)
        {
            var scope = document.Index.ToString(CultureInfo.InvariantCulture);
            foreach (var finding in document.Findings)
            {
                var blocks = Names.Blocks(document, finding);
                if ((finding.IsActive && finding.Severity != Severity.None) || blocks)
                {
                    Write(finding, blocks, scope);
                }
            }

            _seen.Clear();
            _output.Flush();
        }

        public override void End(ReportEnd end)
        {
            foreach (var finding in end.RunFindings)
            {
                if (finding.IsActive && finding.Severity != Severity.None)
                {
                    Write(finding, blocks: false, "run");
                }
            }

            _seen.Clear();
            _output.Json.WriteEndArray();
            _output.Flush();
            writer.Write('\n');
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _output.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Write(Finding finding, bool blocks, string scope)
        {
            var location = finding.Location;
            var begin = Math.Max(1, location.Line);
            var json = _output.Json;
            json.WriteStartObject();
            json.WriteString("description", MessageText.Line(finding.RuleId) + ": " + MessageText.Line(finding.Message));
            json.WriteString("check_name", MessageText.Line(finding.RuleId));
            json.WriteString("fingerprint", Fingerprint(finding, scope));
            json.WriteString("severity", SeverityOf(finding, blocks));
            json.WriteStartObject("location");
            json.WriteString("path", PathOf(location.File));
            json.WriteStartObject("lines");
            json.WriteNumber("begin", begin);
            json.WriteNumber("end", Math.Max(begin, location.EndLine));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        /// <summary>
        /// A hash of where the finding is (file and document index, or the run) and of its own fingerprint (or of what
        /// identifies it when it has none), with its rank among the findings there that share that fingerprint.
        /// </summary>
        private string Fingerprint(Finding finding, string scope)
        {
            var location = finding.Location;
            var own = finding.Fingerprint.Length > 0 ? finding.Fingerprint : string.Join('\n', finding.RuleId, location.Path, finding.Message);
            var rank = _seen.GetValueOrDefault(own) + 1;
            _seen[own] = rank;
            var identity = (location.File ?? "<input>") + "#" + scope + "\n" + own;
            return Hash(rank == 1 ? identity : identity + "\n" + rank.ToString(CultureInfo.InvariantCulture));
        }
    }
}

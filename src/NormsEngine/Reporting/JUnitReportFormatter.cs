using System.Globalization;
using System.Xml;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// For CI test tabs: JUnit XML with a <c>testsuite</c> per document (and one for run findings, when there are
/// any) and a <c>testcase</c> per applicable rule outcome: each finding and each passed rule, with the principle as
/// class name and <c>ID path</c> as name (<c>NE0201 RULE path</c> for insufficient data, so that the cases of two
/// rules at one path keep distinct names). A finding that counts at or above the run's <c>failOn</c> is a
/// <c>failure</c> (the same findings that make the tool exit with 1); one below it passes with the finding in
/// <c>system-out</c>; a suppressed or baselined finding is <c>skipped</c>, except the NE0001 to NE0007 error that kept
/// a document from being evaluated, which fails (so does the run). The root carries the counts the Jenkins
/// JUnit schema allows (<c>tests</c>, <c>failures</c>, <c>errors</c>; no <c>skipped</c>, which each suite gives).
/// Text from input goes through <see cref="MessageText"/>, so no value holds a character XML 1.0 forbids.
/// </summary>
internal sealed class JUnitReportFormatter : ReportFormatter
{
    /// <summary>Suites written into a spool: the same settings, inside a stand-in root so that they are indented for their place.</summary>
    private static readonly XmlWriterSettings SuiteSettings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        OmitXmlDeclaration = true,
        ConformanceLevel = ConformanceLevel.Fragment,
    };

    /// <inheritdoc/>
    public override string Name => "junit";

    /// <inheritdoc/>
    protected override ReportWriter CreateWriter(TextWriter writer) => new Writer(writer);

    /// <summary>
    /// The root element carries the counts of every suite, known at the end: each document's suite waits in a
    /// spool (a temporary file once large), written inside a stand-in root so that it is indented as a child of the
    /// real one, which is written at the end, followed by the run's suite and the spooled ones.
    /// </summary>
    private sealed class Writer : ReportWriter
    {
        private const string StandInRoot = "<testsuites>";

        private readonly TextWriter _writer;
        private readonly TextSpool _suites = new();
        private readonly XmlWriter _xml;
        private readonly Counts _counts = new();
        private Severity _failOn;
        private bool _anyDocument;

        public Writer(TextWriter writer)
        {
            _writer = writer;
            _xml = XmlWriter.Create(_suites.Writer, SuiteSettings);
            _xml.WriteStartElement("testsuites");
        }

        public override void Begin(ReportHeader header) => _failOn = header.Settings.FailOn;

        public override void WriteDocument(DocumentReport document, bool multiple)
        {
            var cases = new List<Case>(document.Findings.Count + document.Passed.Count);
            foreach (var finding in document.Findings)
            {
                cases.Add(Case.Of(finding, _failOn, Names.Blocks(document, finding)));
            }

            foreach (var passed in document.Passed)
            {
                cases.Add(new Case(passed.Principle ?? "engine", $"{passed.RuleId} {passed.Path}".TrimEnd(), CaseKind.Passed, null));
            }

            var properties = new List<(string, string)>(document.Principles.Count + 3) { ("asOf", Names.Of(document.AsOf)), ("asOfSource", Names.Of(document.AsOfSource)) };
            if (document.Name is { } name)
            {
                properties.Add(("organisation", name));
            }

            foreach (var principle in document.Principles)
            {
                properties.Add((principle.Principle.Id, Names.Of(principle.Verdict)));
            }

            var suite = new Suite($"{document.File ?? "<input>"} (document {document.Index + 1})", cases, properties);
            _counts.Add(suite.Cases);
            WriteSuite(_xml, suite);
            _xml.Flush();
            _anyDocument = true;
        }

        public override void End(ReportEnd end)
        {
            var run = string.Empty;
            if (end.RunFindings.Count > 0)
            {
                var suite = new Suite("norms run", [.. end.RunFindings.Select(f => Case.Of(f, _failOn, blocks: false))], []);
                _counts.Add(suite.Cases);
                using var text = new StringWriter { NewLine = "\n" };
                using (var xml = XmlWriter.Create(text, SuiteSettings))
                {
                    xml.WriteStartElement("testsuites");
                    WriteSuite(xml, suite);
                    xml.Flush();
                    run = text.ToString()[StandInRoot.Length..];
                }
            }

            _writer.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
            _writer.Write($"<testsuites name=\"norms\" tests=\"{Number(_counts.Tests)}\" failures=\"{Number(_counts.Failures)}\" errors=\"0\"");
            if (_counts.Suites == 0)
            {
                _writer.Write(" />\n");
                return;
            }

            _writer.Write('>');
            _writer.Write(run);
            if (_anyDocument)
            {
                _suites.CopyTo(_writer, StandInRoot.Length);
            }

            _writer.Write("\n</testsuites>\n");
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _xml.Dispose();
                _suites.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private sealed class Counts
    {
        public int Suites { get; private set; }

        public int Tests { get; private set; }

        public int Failures { get; private set; }

        public void Add(IReadOnlyList<Case> cases)
        {
            Suites++;
            Tests += cases.Count;
            foreach (var test in cases)
            {
                Failures += test.Kind == CaseKind.Failed ? 1 : 0;
            }
        }
    }

    private static void WriteSuite(XmlWriter xml, Suite suite)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", MessageText.Line(suite.Name));
        WriteCounts(xml, suite.Cases);
        if (suite.Properties.Count > 0)
        {
            xml.WriteStartElement("properties");
            foreach (var (name, value) in suite.Properties)
            {
                xml.WriteStartElement("property");
                xml.WriteAttributeString("name", MessageText.Line(name));
                xml.WriteAttributeString("value", MessageText.Line(value));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        foreach (var test in suite.Cases)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", MessageText.Line(test.ClassName));
            xml.WriteAttributeString("name", MessageText.Line(test.Name));
            if (test.Finding is { } finding)
            {
                var details = MsBuildReportFormatter.Format(finding, "<input>") + (finding.Descriptor.HelpUri is { } help ? "\n" + help.AbsoluteUri : string.Empty);
                switch (test.Kind)
                {
                    case CaseKind.Failed:
                        xml.WriteStartElement("failure");
                        xml.WriteAttributeString("message", MessageText.Line(finding.Message));
                        xml.WriteAttributeString("type", finding.RuleId);
                        xml.WriteString(details);
                        xml.WriteEndElement();
                        break;
                    case CaseKind.Skipped:
                        xml.WriteStartElement("skipped");
                        xml.WriteAttributeString("message", MessageText.LineOrNull(Names.InactiveReason(finding)));
                        xml.WriteEndElement();
                        break;
                    default:
                        xml.WriteElementString("system-out", details);
                        break;
                }
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyList<Case> cases)
    {
        var (failures, skipped) = (0, 0);
        foreach (var test in cases)
        {
            failures += test.Kind == CaseKind.Failed ? 1 : 0;
            skipped += test.Kind == CaseKind.Skipped ? 1 : 0;
        }

        xml.WriteAttributeString("tests", Number(cases.Count));
        xml.WriteAttributeString("failures", Number(failures));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", Number(skipped));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private enum CaseKind
    {
        Passed,
        Failed,
        Skipped,
    }

    private sealed record Suite(string Name, IReadOnlyList<Case> Cases, IReadOnlyList<(string Name, string Value)> Properties);

    private sealed record Case(string ClassName, string Name, CaseKind Kind, Finding? Finding)
    {
        /// <summary>The case of a finding; one that <paramref name="blocks"/> its document's evaluation fails whatever became of it, as it fails the run.</summary>
        public static Case Of(Finding finding, Severity failOn, bool blocks)
        {
            var kind = blocks && failOn != Severity.None ? CaseKind.Failed
                : !finding.IsActive ? CaseKind.Skipped
                : failOn != Severity.None && finding.Severity >= failOn ? CaseKind.Failed
                : CaseKind.Passed;
            return new Case(finding.Principle ?? "engine", $"{finding.RuleId} {InsufficientRule(finding)}{finding.Location.Path}".TrimEnd(), kind, finding);
        }

        /// <summary>For NE0201, the rule that lacks data followed by a space (its message starts with the rule's ID); otherwise empty.</summary>
        private static string InsufficientRule(Finding finding)
        {
            if (finding.RuleId != EngineDiagnostics.InsufficientData.Id)
            {
                return string.Empty;
            }

            var end = finding.Message.IndexOf(' ', StringComparison.Ordinal);
            var rule = end > 0 ? finding.Message[..end] : string.Empty;
            return RuleDescriptor.IsValidId(rule) ? rule + " " : string.Empty;
        }
    }
}

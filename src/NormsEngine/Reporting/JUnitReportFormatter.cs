using System.Globalization;
using System.Text;
using System.Xml;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// For CI test tabs: JUnit XML with a <c>testsuite</c> per document (and one for run findings, when there are
/// any) and a <c>testcase</c> per applicable rule outcome: each finding and each passed rule, with the principle as
/// class name and <c>ID path</c> as name. A finding that counts at or above the run's <c>failOn</c> is a
/// <c>failure</c> (the same findings that make the tool exit with 1); one below it passes with the finding in
/// <c>system-out</c>; a suppressed or baselined finding is <c>skipped</c>.
/// </summary>
public sealed class JUnitReportFormatter : IReportFormatter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
    };

    /// <inheritdoc/>
    public string Name => "junit";

    /// <inheritdoc/>
    public void Write(Report report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var failOn = report.Settings.FailOn;
        var suites = new List<Suite>();
        if (report.RunFindings.Count > 0)
        {
            suites.Add(new Suite("norms run", [.. report.RunFindings.Select(f => Case.Of(f, failOn))], []));
        }

        foreach (var document in report.Documents)
        {
            var cases = document.Findings.Select(f => Case.Of(f, failOn))
                .Concat(document.Passed.Select(p => new Case(p.Principle ?? "engine", $"{p.RuleId} {p.Path}".TrimEnd(), CaseKind.Passed, null)))
                .ToList();
            var properties = new List<(string, string)> { ("asOf", Names.Of(document.AsOf)), ("asOfSource", Names.Of(document.AsOfSource)) };
            if (document.Name is { } name)
            {
                properties.Add(("organisation", name));
            }

            properties.AddRange(document.Principles.Select(p => (p.Principle.Id, Names.Of(p.Verdict))));
            suites.Add(new Suite($"{document.File ?? "<input>"} (document {document.Index + 1})", cases, properties));
        }

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "norms");
            WriteCounts(xml, suites.SelectMany(s => s.Cases).ToList());
            foreach (var suite in suites)
            {
                WriteSuite(xml, suite);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.Write('\n');
    }

    private static void WriteSuite(XmlWriter xml, Suite suite)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", suite.Name);
        WriteCounts(xml, suite.Cases);
        if (suite.Properties.Count > 0)
        {
            xml.WriteStartElement("properties");
            foreach (var (name, value) in suite.Properties)
            {
                xml.WriteStartElement("property");
                xml.WriteAttributeString("name", name);
                xml.WriteAttributeString("value", value);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        foreach (var test in suite.Cases)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", test.ClassName);
            xml.WriteAttributeString("name", test.Name);
            if (test.Finding is { } finding)
            {
                var line = MsBuildReportFormatter.Format(finding, "<input>");
                switch (test.Kind)
                {
                    case CaseKind.Failed:
                        xml.WriteStartElement("failure");
                        xml.WriteAttributeString("message", finding.Message);
                        xml.WriteAttributeString("type", finding.RuleId);
                        xml.WriteString($"{line}\n{finding.Descriptor.HelpUri}");
                        xml.WriteEndElement();
                        break;
                    case CaseKind.Skipped:
                        xml.WriteStartElement("skipped");
                        xml.WriteAttributeString("message", Names.InactiveReason(finding));
                        xml.WriteEndElement();
                        break;
                    default:
                        xml.WriteElementString("system-out", $"{line}\n{finding.Descriptor.HelpUri}");
                        break;
                }
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyCollection<Case> cases)
    {
        xml.WriteAttributeString("tests", Number(cases.Count));
        xml.WriteAttributeString("failures", Number(cases.Count(c => c.Kind == CaseKind.Failed)));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", Number(cases.Count(c => c.Kind == CaseKind.Skipped)));
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
        public static Case Of(Finding finding, Severity failOn)
        {
            var kind = !finding.IsActive ? CaseKind.Skipped
                : failOn != Severity.None && finding.Severity >= failOn ? CaseKind.Failed
                : CaseKind.Passed;
            return new Case(finding.Principle ?? "engine", $"{finding.RuleId} {finding.Location.Path}".TrimEnd(), kind, finding);
        }
    }
}

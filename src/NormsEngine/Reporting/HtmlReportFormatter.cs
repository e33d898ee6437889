using System.Globalization;
using System.Text;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// For people who act on an assessment (a consultant's deliverable, an auditor's file): one self-contained HTML file,
/// with inline CSS and SVG, no script and nothing fetched, the same bytes for the same inputs (no clock, no random
/// id), readable on a phone and printable. With several documents a portfolio comes first (a matrix of documents by
/// principles, verdicts counted per principle, the remediation plan over all documents), then each document's section
/// (<see cref="HtmlDocument"/>); past <see cref="DetailsLimit"/> documents, only the documents with a gap keep their
/// details, so that a large run stays a file a browser opens. What comes first is known only at the end: sections and
/// matrix rows are spooled (<see cref="TextSpool"/>), and the writer keeps no document.
/// </summary>
internal sealed class HtmlReportFormatter : ReportFormatter
{
    /// <summary>
    /// The most documents whose details the report gives all of; past it, only documents with a gap keep theirs. A
    /// document's section with its YAML excerpts weighs 20 to 60 KB: 200 of them make a file of a few megabytes that a
    /// phone still opens and scrolls, while the matrix row of a document weighs about 1.5 KB.
    /// </summary>
    public const int DetailsLimit = 200;

    private readonly int _limit;

    public HtmlReportFormatter(int limit = DetailsLimit) => _limit = limit;

    /// <inheritdoc/>
    public override string Name => "html";

    /// <inheritdoc/>
    protected override ReportWriter CreateWriter(TextWriter writer) => new Writer(writer, _limit);

    private sealed class Writer(TextWriter writer, int limit) : ReportWriter
    {
        private readonly StringBuilder _html = new();
        private readonly HtmlPortfolio _portfolio = new();
        private readonly HtmlDocument _document = new(new HtmlExcerpt());

        // Two versions while the run is within the limit: every document in full, and only those with a gap. Past the
        // limit the full version is dropped; at the end the one that applies is written.
        private TextSpool? _allDetails = new();
        private TextSpool? _allRows = new();
        private readonly TextSpool _gapDetails = new();
        private readonly TextSpool _gapRows = new();
        private ReportHeader? _header;

        public override void Begin(ReportHeader header) => _header = header;

        public override void WriteDocument(DocumentReport document, bool multiple)
        {
            var failOn = _header?.Settings.FailOn ?? Severity.Error;
            var plan = HtmlRemediation.Plan(document);
            var gap = HtmlPortfolio.HasGap(document, failOn);
            _portfolio.Add(document, plan, gap);
            var number = _portfolio.Documents;
            if (_allDetails is not null && number > limit)
            {
                _allDetails.Dispose();
                _allRows!.Dispose();
                (_allDetails, _allRows) = (null, null);
            }

            _document.Append(_html, document, multiple, number, plan);
            if (_allDetails is not null)
            {
                Write(_allDetails);
            }

            if (gap)
            {
                Write(_gapDetails);
            }

            _html.Clear();
            if (_allRows is not null)
            {
                HtmlPortfolio.AppendRow(_html, document, multiple, number, linked: true);
                Write(_allRows);
                _html.Clear();
            }

            HtmlPortfolio.AppendRow(_html, document, multiple, number, linked: gap);
            Write(_gapRows);
            _html.Clear();
        }

        public override void End(ReportEnd end)
        {
            var header = _header ?? new ReportHeader(new RunSettings(), ReportHeader.DefaultToolVersion);
            var full = _allDetails is not null;
            _html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            _html.Append("<title>NormsEngine assessment report</title>\n<style>\n").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n");
            HtmlChart.AppendSymbols(_html);
            _html.Append("<header>\n<h1>Assessment report</h1>\n");
            AppendSettings(_html, header, end);
            _html.Append("</header>\n<main>\n");
            if (_portfolio.Documents > 1)
            {
                _html.Append("<section id=\"portfolio\" aria-labelledby=\"portfolio-h\">\n<h2 id=\"portfolio-h\">Portfolio</h2>\n");
                if (!full)
                {
                    _html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">This run has {_portfolio.Documents} documents, more than {limit}: to keep the report a usable size, only the {HtmlDocument.Count(_portfolio.WithGaps, "document")} with a gap (not evaluated, a principle not or partially satisfied, or a finding that fails the run) have their details below; the others appear in the matrix only.</p>\n");
                }

                HtmlChart.AppendLegend(_html);
                _html.Append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"matrix-c\"><table class=\"matrix\"><caption id=\"matrix-c\">Verdicts by document and principle</caption>\n");
                HtmlPortfolio.AppendHead(_html, _portfolio.Principles);
                _html.Append("<tbody>\n");
                Flush();
                (full ? _allRows! : _gapRows).CopyTo(writer);
                _html.Append("</tbody>\n");
                _portfolio.AppendFoot(_html);
                _html.Append("</table></div>\n");
                _portfolio.AppendPlan(_html);
                _html.Append("</section>\n");
            }
            else
            {
                HtmlChart.AppendLegend(_html);
            }

            Flush();
            (full ? _allDetails! : _gapDetails).CopyTo(writer);
            if (end.RunFindings.Count > 0)
            {
                _html.Append("<section id=\"run\" aria-labelledby=\"run-h\">\n<h2 id=\"run-h\">Run</h2>\n<ul class=\"run\">\n");
                foreach (var finding in end.RunFindings)
                {
                    var severity = Names.Of(finding.Severity);
                    var reason = Names.InactiveReason(finding) is { } r ? $" <i>({HtmlText.Escape(r)})</i>" : string.Empty;
                    _html.Append(CultureInfo.InvariantCulture, $"<li><span class=\"sev sev-{severity}\">{severity}</span> <b>{HtmlText.Escape(finding.RuleId)}</b> {HtmlText.Escape(finding.Message)} <code>{HtmlText.Escape(finding.Location.ToString())}</code>{reason}</li>\n");
                }

                _html.Append("</ul>\n</section>\n");
            }

            _html.Append("</main>\n<footer>\n<p>Written by NormsEngine ").Append(HtmlText.Escape(header.ToolVersion))
                .Append(". This file is self-contained: it runs no script and loads nothing.</p>\n</footer>\n</body>\n</html>\n");
            Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _allDetails?.Dispose();
                _allRows?.Dispose();
                _gapDetails.Dispose();
                _gapRows.Dispose();
            }

            base.Dispose(disposing);
        }

        private void AppendSettings(StringBuilder html, ReportHeader header, ReportEnd end)
        {
            var settings = header.Settings;
            var tally = end.Tally;
            var fails = tally.Fails(settings.FailOn);
            html.Append("<dl class=\"facts\">");
            html.Append(CultureInfo.InvariantCulture, $"<div><dt>Documents</dt><dd>{tally.Documents}{(tally.NotEvaluated > 0 ? $" ({tally.NotEvaluated} not evaluated)" : string.Empty)}</dd></div>");
            html.Append(CultureInfo.InvariantCulture, $"<div><dt>Findings</dt><dd>{HtmlDocument.Count(tally.Errors, "error")}, {HtmlDocument.Count(tally.Warnings, "warning")}, {tally.Infos} info; {tally.Suppressed} suppressed, {tally.Baselined} baselined</dd></div>");
            html.Append(CultureInfo.InvariantCulture, $"<div><dt>Result</dt><dd><strong>{(fails ? "fails" : "passes")}</strong> (fails on {Names.Of(settings.FailOn)})</dd></div>");
            if (settings.Packs.Count > 0)
            {
                html.Append("<div><dt>Rule packs</dt><dd>").AppendJoin(", ", settings.Packs.Select(HtmlText.Escape)).Append("</dd></div>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<div><dt>Configuration</dt><dd>{(settings.ConfigurationFile is { } file ? "<code>" + HtmlText.Escape(file) + "</code>" : "none")}</dd></div>");
            if (end.Baseline is { } baseline)
            {
                html.Append(CultureInfo.InvariantCulture, $"<div><dt>Baseline</dt><dd><code>{HtmlText.Escape(baseline.File)}</code>: {baseline.New} new, {baseline.Unchanged} unchanged, {baseline.Absent} absent</dd></div>");
            }

            html.Append("</dl>\n");
        }

        private void Write(TextSpool spool)
        {
            foreach (var chunk in _html.GetChunks())
            {
                spool.Writer.Write(chunk.Span);
            }
        }

        private void Flush()
        {
            foreach (var chunk in _html.GetChunks())
            {
                writer.Write(chunk.Span);
            }

            _html.Clear();
        }
    }
}

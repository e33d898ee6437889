namespace NormsEngine.Reporting;

/// <summary>
/// The <c>html</c> format's style sheet, inlined in every report: system fonts only (nothing to fetch), text colours
/// that keep a contrast of at least 4.5:1 on white, verdict colours for shapes and bars only (each verdict also has
/// its word and shape), a page that never scrolls sideways (wide tables scroll in their own box, YAML lines wrap), and
/// print rules: white background, each document on a new page, the folded evidence printed open where the browser can.
/// </summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { --text: #1f2328; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa;
          --s: #1a7f37; --ps: #9a6700; --ns: #cf222e; --u: #8250df; --na: #6e7781; --off: #6e7781; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0 auto; max-width: 72rem; padding: 1rem; color: var(--text); background: #fff;
          font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; overflow-wrap: anywhere; }
        h1 { font-size: 1.8rem; margin: 0.5rem 0; }
        h2 { font-size: 1.5rem; margin: 2.5rem 0 0.5rem; padding-top: 0.5rem; border-top: 3px solid var(--text); }
        h3 { font-size: 1.2rem; margin: 1.5rem 0 0.4rem; }
        h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
        a { color: #0550ae; }
        code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
        .symbols { position: absolute; width: 0; height: 0; overflow: hidden; }
        .facts { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0.5rem 0 1rem; }
        .facts div { min-width: 0; }
        .facts dt { font-size: 0.8rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
        .facts dd { margin: 0; }
        .note, .meta, .file { color: var(--muted); }
        .file { font-size: 0.85rem; }
        .shape { width: 1em; height: 1em; vertical-align: -0.15em; flex: none; }
        .v-s { color: var(--s); } .v-ps { color: var(--ps); } .v-ns { color: var(--ns); }
        .v-u { color: var(--u); } .v-na { color: var(--na); } .v-off { color: var(--off); }
        td.v-s, td.v-ps, td.v-ns, td.v-u, td.v-na, td.v-off { color: var(--text); }
        td .shape { color: inherit; }
        td.v-s .shape { color: var(--s); } td.v-ps .shape { color: var(--ps); } td.v-ns .shape { color: var(--ns); }
        td.v-u .shape { color: var(--u); } td.v-na .shape, td.v-off .shape { color: var(--na); }
        section.principle > h3 { color: var(--text); }
        section.principle > h3 .shape { color: inherit; }
        section.principle.v-s > h3 .shape { color: var(--s); } section.principle.v-ps > h3 .shape { color: var(--ps); }
        section.principle.v-ns > h3 .shape { color: var(--ns); } section.principle.v-u > h3 .shape { color: var(--u); }
        section.principle { color: var(--text); border-left: 4px solid var(--line); padding-left: 0.75rem; margin: 1.25rem 0; }
        .legend { list-style: none; padding: 0; margin: 0.5rem 0 1rem; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
        .legend li { color: var(--text); }
        .legend .shape { margin-right: 0.2rem; }
        .legend li:nth-child(1) .shape { color: var(--s); } .legend li:nth-child(2) .shape { color: var(--ps); }
        .legend li:nth-child(3) .shape { color: var(--ns); } .legend li:nth-child(4) .shape { color: var(--u); }
        .legend li:nth-child(5) .shape, .legend li:nth-child(6) .shape { color: var(--na); }
        .scroll { position: relative; max-width: 100%; overflow-x: auto; margin: 0.5rem 0 1rem; }
        table { border-collapse: collapse; font-size: 0.95rem; }
        caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
        th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: normal; }
        thead th { background: var(--soft); }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        table.principles th[scope=row] { font-weight: 500; }
        table.matrix { font-size: 0.85rem; }
        table.matrix td { text-align: center; white-space: nowrap; padding: 0.2rem 0.35rem; }
        table.matrix td a { color: var(--text); text-decoration: none; display: inline-flex; align-items: center; gap: 0.15rem; }
        table.matrix td a:hover, table.matrix td a:focus { text-decoration: underline; }
        table.matrix th[scope=row] { min-width: 10rem; font-weight: 500; }
        .short { margin-left: 0.15rem; }
        .vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        figure.chart { margin: 0.5rem 0 1rem; max-width: 32rem; }
        figure.chart svg { width: 100%; height: auto; display: block; }
        figure.chart .label { font-size: 14px; fill: var(--text); }
        figure.chart .word { font-size: 13px; fill: var(--text); }
        figure.chart .track { fill: #eaeef2; }
        figure.chart .track.none { fill: none; stroke: var(--na); stroke-dasharray: 4 3; }
        .finding { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.75rem; margin: 0.5rem 0; min-width: 0; }
        .finding p { margin: 0.3rem 0; }
        .finding .head { font-weight: 600; }
        .sev { display: inline-block; font-size: 0.8rem; font-weight: 600; padding: 0 0.4rem; border-radius: 4px; border: 1px solid currentColor; }
        .sev-error { color: #a40e26; } .sev-warning { color: #7d4e00; } .sev-info { color: #0550ae; } .sev-none { color: var(--muted); }
        .sev-error::before { content: "\2716\00a0"; } .sev-warning::before { content: "\25B2\00a0"; } .sev-info::before { content: "i\00a0"; }
        .accepted { background: var(--soft); border-left: 3px solid var(--muted); padding: 0.2rem 0.5rem; }
        pre.excerpt { margin: 0.4rem 0; padding: 0.4rem 0; background: var(--soft); border: 1px solid var(--line); border-radius: 4px;
          white-space: pre-wrap; overflow-wrap: anywhere; max-width: 100%; }
        pre.excerpt .line { display: block; padding: 0 0.5rem; }
        pre.excerpt mark.line { background: #fff8c5; color: var(--text); font-weight: 600; box-shadow: inset 3px 0 0 var(--ps); }
        pre.excerpt .no { color: var(--muted); user-select: none; }
        ol.plan li, ul.questions li, ul.run li { margin: 0.3rem 0; }
        details.evidence { margin: 0.5rem 0; }
        details.evidence summary { cursor: pointer; color: var(--text); }
        details.evidence ul { margin: 0.3rem 0; }
        footer { margin-top: 3rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
        @media (max-width: 40rem) {
          body { padding: 0.6rem; font-size: 15px; }
          h1 { font-size: 1.5rem; }
          h2 { font-size: 1.3rem; }
          table.matrix th[scope=row] { min-width: 7rem; }
        }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          a { color: var(--text); text-decoration: none; }
          .scroll { overflow: visible; }
          section.document { break-before: page; }
          main > section.document:first-child { break-before: auto; }
          .finding, figure.chart, tr { break-inside: avoid; }
          thead th, .accepted, pre.excerpt { background: #fff; }
          pre.excerpt mark.line { background: #fff; text-decoration: underline; }
          details.evidence::details-content { content-visibility: visible; display: block; }
          details.evidence > summary { list-style: none; font-weight: 600; }
        }

        """;
}

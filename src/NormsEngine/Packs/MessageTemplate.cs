using System.Globalization;
using System.Text;
using NormsEngine.Documents;
using NormsEngine.Model;
using YamlDotNet.Core;

namespace NormsEngine.Packs;

/// <summary>
/// A rule's message as the pack writes it (<c>"{item.name}: notice in {item.incidentNoticeHours} h"</c>), checked
/// and compiled to a composite format (<c>"{0}: notice in {1} h"</c>) and the paths whose values fill it; <c>{{</c>
/// and <c>}}</c> are braces. A placeholder that names no path or a section is a finding at its brace.
/// </summary>
internal sealed class MessageTemplate
{
    private MessageTemplate(string format, IReadOnlyList<PackPath> arguments)
    {
        Format = format;
        Arguments = arguments;
    }

    /// <summary>The composite format, with <c>{0}</c>, <c>{1}</c>... for the values.</summary>
    public string Format { get; }

    /// <summary>The paths whose values fill the format, in order.</summary>
    public IReadOnlyList<PackPath> Arguments { get; }

    /// <summary>The message as written, its values named by their paths: what a finding of the rule says, for its documentation.</summary>
    public static string Written(string format, IReadOnlyList<PackPath> arguments) =>
        string.Format(CultureInfo.InvariantCulture, format, [.. arguments.Select(a => (object?)("{" + a.Text + "}"))]);

    /// <summary>Checks and compiles the message <paramref name="node"/>; <c>null</c> after reporting its mistakes through <paramref name="reader"/>.</summary>
    public static MessageTemplate? Parse(YamlScalarNode node, string path, bool forEach, NodeReader reader)
    {
        var text = node.Value;
        var format = new StringBuilder(text.Length + 8);
        var arguments = new List<PackPath>();
        var ok = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                format.Append("{{");
                i++;
            }
            else if (c == '{')
            {
                var close = text.IndexOf('}', i + 1);
                if (close < 0)
                {
                    ReportAt(reader, node, i, path, "The message has a '{' with no closing '}'; write {path} for a value, {{ for a brace.");
                    return null;
                }

                var name = text[(i + 1)..close].Trim();
                var placeholder = PackPath.Resolve(name, forEach, out var error);
                if (placeholder is null)
                {
                    ReportAt(reader, node, i, path, $"The message placeholder {{{NodeReader.Quote(name)}}} names no path: {error}");
                    ok = false;
                }
                else if (placeholder.Shape is { Kind: ValueKind.Object } or { Kind: ValueKind.List, Element.Kind: ValueKind.Object })
                {
                    ReportAt(reader, node, i, path, $"The message placeholder {{{name}}} names {placeholder.Shape.Describe()}, not a value.");
                    ok = false;
                }
                else
                {
                    var index = arguments.FindIndex(a => a.Text == placeholder.Text);
                    if (index < 0)
                    {
                        index = arguments.Count;
                        arguments.Add(placeholder);
                    }

                    format.Append('{').Append(index.ToString(CultureInfo.InvariantCulture)).Append('}');
                }

                i = close;
            }
            else if (c == '}')
            {
                format.Append("}}");
                if (i + 1 < text.Length && text[i + 1] == '}')
                {
                    i++;
                }
            }
            else
            {
                format.Append(c);
            }
        }

        return ok ? new MessageTemplate(format.ToString(), arguments) : null;
    }

    /// <summary>A finding at character <paramref name="offset"/> of a one-line scalar's value (its node when the column cannot be known).</summary>
    private static void ReportAt(NodeReader reader, YamlScalarNode node, int offset, string path, string message)
    {
        var quote = node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        var exact = node.Start.Line == node.End.Line && node.End.Column - node.Start.Column == node.Value.Length + (2 * quote);
        if (!exact)
        {
            reader.Report(node, path, message);
            return;
        }

        var column = node.Start.Column + quote + offset;
        reader.Report(new TextPoint(node.Start.Line, column), new TextPoint(node.Start.Line, column + 1), path, message);
    }
}

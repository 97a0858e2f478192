namespace CertLang.Planning.Documentation;

/// <summary>
/// The style sheet of the HTML reference, inlined in the page: system fonts only, nothing fetched from the network. Nothing
/// is wider than the page from 480 px up: a wide table scrolls in itself, and no entry of the contents is split across columns.
/// </summary>
internal static class HtmlReferenceStyle
{
    /// <summary>The CSS.</summary>
    public const string Css = """
        :root { color-scheme: light dark; --line: #d0d7de; --muted: #57606a; --accent: #0969da; --shade: #f6f8fa; }
        @media (prefers-color-scheme: dark) { :root { --line: #30363d; --muted: #8b949e; --accent: #4493f8; --shade: #161b22; } }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.5; margin: 0; }
        main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; overflow-wrap: break-word; }
        @media (max-width: 600px) { main { padding: 1rem 0.75rem 3rem; } }
        h1 { margin-bottom: 0.25rem; }
        h2 { border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; margin-top: 2.5rem; }
        h3 { margin-top: 2rem; }
        a { color: var(--accent); }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; background: var(--shade); padding: 0.1em 0.3em; border-radius: 4px; }
        table { border-collapse: collapse; margin: 0.75rem 0; display: block; max-width: 100%; overflow-x: auto; }
        th, td { border: 1px solid var(--line); padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: var(--shade); }
        dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.25rem 1rem; }
        dt { font-weight: 600; color: var(--muted); }
        dd { margin: 0; min-width: 0; }
        dd a { overflow-wrap: anywhere; }
        nav > ul > li > ul { columns: 18rem; }
        nav li { break-inside: avoid; }
        .meta code, .doc code { overflow-wrap: anywhere; }
        .meta, .note { color: var(--muted); }
        ul.tree, ul.tree ul { list-style: none; padding-left: 1.25rem; border-left: 1px solid var(--line); }
        ul.tree { border-left: none; padding-left: 0; }
        """;
}

/**
 * The fenced code blocks of a Markdown or MDX file, as [language, code] pairs with the code as the compiled
 * page's `<code>` holds it (lines joined by newlines, no final newline). Only fences at the start of a line
 * are found: a block this misses (indented in a list, say) is simply highlighted when its page compiles.
 */
export function codeFences(source: string): [lang: string, code: string][] {
  const found: [string, string][] = [];
  for (const match of source.replace(/\r\n?/g, '\n').matchAll(/^(`{3,}|~{3,})([^\s`]*)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm)) {
    found.push([match[2] || 'plaintext', match[3]!.replace(/\n$/, '')]);
  }
  return found;
}

/**
 * Typographic quotes and dashes for prose: a small, fast replacement for
 * SmartyPants (which cost a fifth of the build on large sites). Only straight
 * quotes and double/triple hyphens change; code is never passed here.
 */
export function smartenText(text: string, previous = ''): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const before = i > 0 ? (text[i - 1] as string) : previous.slice(-1);
    const opening = before === '' || /[\s([{\u2014\u2013/-]/.test(before);
    if (ch === '"') out += opening ? '\u201C' : '\u201D';
    else if (ch === "'") out += opening ? '\u2018' : '\u2019';
    else out += ch;
  }
  return out.replace(/---/g, '\u2014').replace(/--/g, '\u2013');
}

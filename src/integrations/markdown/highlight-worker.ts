/** Worker (tinypool): highlights one code block off the main thread (see highlight.ts). */
import { highlightCode } from './highlight-code.ts';

export default function highlight({ code, lang }: { code: string; lang: string }) {
  return highlightCode(code, lang);
}

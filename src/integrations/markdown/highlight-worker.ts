/**
 * Worker (tinypool): highlights code blocks off the main thread (see highlight.ts). A task is one block, or
 * `prefill`: the fenced blocks of every MDX file in a folder, highlighted ahead, before the pages compile,
 * and kept here by language and code, so that a page's block is answered at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { codeFences } from '../../lib/code-fences.ts';
import { highlightCode } from './highlight-code.ts';

const ready = new Map<string, Promise<Element>>();
const key = (lang: string, code: string) => `${lang}\u0000${code}`;

export type HighlightTask = { code: string; lang: string } | { prefill: string };

export default async function highlight(task: HighlightTask): Promise<Element | number> {
  if ('prefill' in task) {
    const files = readdirSync(task.prefill, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
    const blocks = files.flatMap((f) => codeFences(readFileSync(path.join(task.prefill, f), 'utf8')));
    for (const [lang, code] of blocks) if (!ready.has(key(lang, code))) ready.set(key(lang, code), highlightCode(code, lang));
    await Promise.allSettled(ready.values());
    return blocks.length;
  }
  return ready.get(key(task.lang, task.code)) ?? highlightCode(task.code, task.lang);
}

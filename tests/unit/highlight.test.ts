/**
 * Code highlighting on its own: the fenced blocks found ahead in MDX files (src/lib/code-fences.ts), the
 * worker that highlights them ahead and answers a page's block from what it found, and the highlighter's
 * WebAssembly, read from its file without Node's fetch implementation.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeFences } from '../../src/lib/code-fences.ts';

describe('codeFences', () => {
  it('finds each fenced block with its language and its code as the page holds it', () => {
    const mdx = ['# Title', '', '```ts title="x"', 'const a = 1;', '', 'a++;', '```', '', 'Text.', '', '~~~', 'plain', '~~~', ''].join('\n');
    expect(codeFences(mdx)).toEqual([
      ['ts', 'const a = 1;\n\na++;'],
      ['plaintext', 'plain'],
    ]);
  });

  it('reads Windows line ends, needs a closing fence as long as the opening one, and skips unclosed blocks', () => {
    expect(codeFences('````md\n```js\nx\n```\n````\r\n')).toEqual([['md', '```js\nx\n```']]);
    expect(codeFences('```py\r\nprint(1)\r\n```\r\n')).toEqual([['py', 'print(1)']]);
    expect(codeFences('```sh\nnever closed\n')).toEqual([]);
  });
});

describe('the highlighting worker', () => {
  it('highlights a folder’s blocks ahead and answers those blocks from them, the same tree as highlighting on demand', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'highlight-'));
    try {
      writeFileSync(path.join(dir, 'one.mdx'), '---\ntitle: One\n---\n\n```ts\nconst answer: number = 42;\n```\n');
      const { default: work } = await import('../../src/integrations/markdown/highlight-worker.ts');
      const { highlightCode } = await import('../../src/integrations/markdown/highlight-code.ts');
      expect(await work({ prefill: dir })).toBe(1);
      const block = { lang: 'ts', code: 'const answer: number = 42;' };
      const first = await work(block);
      // Found ahead: the very tree made then, every time it is asked for.
      expect(await work(block)).toBe(first);
      expect(first).toEqual(await highlightCode(block.code, block.lang));
      // Not found ahead: highlighted when asked for, anew each time.
      const other = { lang: 'ts', code: 'let other = 1;' };
      const made = await work(other);
      expect(await work(other)).not.toBe(made);
      expect(made).toEqual(await highlightCode(other.code, other.lang));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads the highlighter without Node’s fetch implementation (Shiki’s default unpacks its WebAssembly with it)', () => {
    // In a fresh process, as a highlighting thread starts: Shiki keeps its engine for the life of a process.
    const script = `
      let touched = 0;
      const real = Object.getOwnPropertyDescriptor(globalThis, 'Response');
      Object.defineProperty(globalThis, 'Response', { configurable: true, get: () => (touched++, real.get ? real.get.call(globalThis) : real.value) });
      const { highlightCode } = await import(${JSON.stringify(pathToFileURL(path.resolve(import.meta.dirname, '../../src/integrations/markdown/highlight-code.ts')).href)});
      const tree = await highlightCode('fn main() {}', 'rust');
      console.log(JSON.stringify({ touched, keyword: JSON.stringify(tree).includes('tk-keyword') }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ touched: 0, keyword: true });
  });
});

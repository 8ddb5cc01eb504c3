/** The one reader of the archived articles (src/loaders/read-seeds.ts): verbatim paragraphs, junk marked, and an edited seed stopping the build. */
import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSeeds } from '../../src/loaders/read-seeds.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('readSeeds', () => {
  it('reads every seed sources.json lists, one paragraph per non-empty line, verbatim, with its junk marked', () => {
    const records = JSON.parse(readFileSync(path.join(root, 'seeds', 'sources.json'), 'utf8')) as { id: string; file: string; junk: { lines: number[]; kind: string }[] }[];
    const seeds = readSeeds(root);
    expect(seeds.map((s) => s.record.id)).toEqual(records.map((r) => r.id));
    for (const { record, paragraphs } of seeds) {
      const lines = readFileSync(path.join(root, 'seeds', record.file), 'utf8').split(/\r?\n/);
      for (const p of paragraphs) expect(p.text).toBe(lines[p.line - 1]);
      expect(paragraphs.length).toBe(lines.filter((l) => l.trim() !== '').length);
      for (const j of record.junk) for (const line of j.lines) expect(paragraphs.find((p) => p.line === line)?.junk?.kind).toBe(j.kind);
    }
    expect(readSeeds(root)).toBe(seeds); // read once: unchanged files are not read again
  });

  it('stops on a seed whose bytes no longer match its recorded hash, naming the file and how to fix it', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'seeds-'));
    try {
      cpSync(path.join(root, 'seeds'), path.join(copy, 'seeds'), { recursive: true });
      const [first] = JSON.parse(readFileSync(path.join(copy, 'seeds', 'sources.json'), 'utf8')) as { file: string }[];
      expect(readSeeds(copy).length).toBeGreaterThan(0);
      appendFileSync(path.join(copy, 'seeds', first!.file), 'An edited line.\n');
      let caught: unknown;
      try {
        readSeeds(copy);
      } catch (error) {
        caught = error;
      }
      expect((caught as Error).message).toMatch(new RegExp(`^seeds/${first!.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} has SHA-256 [0-9a-f]{64}, but seeds/sources\\.json records [0-9a-f]{64}: the archived article was edited\\.$`));
      expect((caught as { hint?: string }).hint).toMatch(/restore the file/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

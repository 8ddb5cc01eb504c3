/**
 * Each content check on its own, against the bad-content fixtures, with the author-facing message locked in:
 * the MDX checks compiled by Sätteri with the site's plugin, the frontmatter checks, the cross-entry rules and
 * the link checker. tests/build/bad-content.test.ts proves, with a few small builds, that each kind of check
 * is wired into the build and stops it.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { mdxToJs } from 'satteri';
import { contentChecksPlugin } from '../../src/integrations/markdown/content-checks.ts';
import { checkDates } from '../../src/integrations/content-checks.ts';
import { readExplainerFiles } from '../../src/lib/explainer-files.ts';
import { describeLinkProblems, readBuiltSite, scanLinks } from '../../src/integrations/link-check.ts';
import { checkRelated, checkUniqueSlugs } from '../../src/lib/content-rules.ts';
import { checkLinks } from '../../src/lib/link-check.ts';
import { explainerFacts } from '../../src/lib/explainer-facts.ts';
import { readingLevel } from '../../src/lib/reading-level.ts';
import { readingMinutes } from '../../src/lib/reading-time.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests', 'fixtures', 'bad-content');
const fixtureDir = (name: string) => path.join(fixtures, name, 'content', 'explainers');
const fixtureFile = (name: string) => {
  const dir = fixtureDir(name);
  const file = readFileSync(path.join(dir, `${readExplainerFiles(dir, dir)[0]!.file}`), 'utf8');
  return { file, name: readExplainerFiles(dir, dir)[0]!.file };
};

/** Compiles a fixture as the site would, as if it were content/explainers/<file>. */
function compile(fixture: string): void {
  const { file, name } = fixtureFile(fixture);
  mdxToJs(file, { mdastPlugins: [contentChecksPlugin(root)], fileURL: pathToFileURL(path.join(root, 'content', 'explainers', name)) });
}

describe('MDX checks (Sätteri plugin)', () => {
  it('accept a page whose quote is word for word and whose term is in the glossary', () => {
    const good = readFileSync(path.join(root, 'tests/fixtures/good-site/content/explainers/good-fixture.mdx'), 'utf8');
    expect(() => mdxToJs(good, { mdastPlugins: [contentChecksPlugin(root)], fileURL: pathToFileURL(path.join(root, 'content/explainers/good-fixture.mdx')) })).not.toThrow();
  });

  it('record what pages need in the compiled frontmatter: the reading level, and each quote found in its seed paragraph', async () => {
    const good = readFileSync(path.join(root, 'tests/fixtures/good-site/content/explainers/good-fixture.mdx'), 'utf8');
    // Astro's MDX processor seeds data.astro.frontmatter and exports it as remarkPluginFrontmatter.
    const result = await mdxToJs(good, { mdastPlugins: [contentChecksPlugin(root)], fileURL: pathToFileURL(path.join(root, 'content/explainers/good-fixture.mdx')), data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } } });
    const facts = explainerFacts((result.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter, 'good-fixture');
    expect(facts.quotes).toEqual([
      { source: 'gmoplus-wake-up-call', text: 'Notably, the White House has not officially confirmed the details of the Semafor report.', status: 'accurate', line: 21, anchor: 'p-8' },
    ]);
    expect(facts.readingLevel).toEqual(readingLevel(good));
    expect(facts.readingMinutes).toBe(readingMinutes(good));
    expect(facts.readingLevel.words).toBeGreaterThan(10);
    expect(() => explainerFacts({}, 'bare')).toThrow(/"bare" was compiled without its recorded facts/);
  });

  it('stop on a misquote, naming file, line and the closest passage', () => {
    expect(() => compile('misquote')).toThrowErrorMatchingInlineSnapshot(`
      [AstroUserError: content/explainers/bad-misquote.mdx:21: quotation not found in source "gmoplus-wake-up-call".
        Quoted: "Notably, the White House has officially confirmed the details of the Semafor report."
        Closest passage (paragraph #p-8, line 8):
        "Notably, the White House has not officially confirmed the details of the Semafor report. A post on X by Trump advisor David Sacks, who addressed the export restrictions publicly, did not directly mention China as a motivating factor. Instead, Sacks focused on broader concerns around the strategic importance of frontier AI models and the need to protect American technological leadership. The gap between what the administration has stated publicly and what the Semafor report alleges leaves significant room for interpretation — and concern."
      Fix: copy the words exactly from the seed (only whitespace, quote marks and dashes may differ).]
    `);
  });

  it('stop on a quote from an unknown source, listing the known ones', () => {
    expect(() => compile('unknown-source')).toThrowErrorMatchingInlineSnapshot(`[AstroUserError: content/explainers/bad-source.mdx:19: unknown source "the-daily-planet" in <Quote>. Known sources: world-today-journal-allegedly-accessed, mag-info-tech-raises-stakes, aitrending-china-may-have-accessed, neuralpress-mythos-breach, gmoplus-wake-up-call.]`);
  });

  it('stop on a term with no glossary entry, saying which file to add', () => {
    expect(() => compile('unknown-term')).toThrowErrorMatchingInlineSnapshot(`[AstroUserError: content/explainers/bad-term.mdx:19: unknown glossary term "flux-capacitor" in <Term>. Add content/glossary/flux-capacitor.yaml, or name an existing entry with id="…".]`);
  });

  it('give authors a hint with each error (Astro shows it under the message)', () => {
    let caught: unknown;
    try {
      compile('misquote');
    } catch (error) {
      caught = error;
    }
    expect((caught as { hint?: string }).hint).toMatch(/seeds\/sources\.json.*README: Add a quote/);
  });

  it('stop on a <Quote> without its source or its text', () => {
    const page = (attrs: string) => `Intro.\n\n<Quote ${attrs}>Why.</Quote>\n`;
    const run = (attrs: string) => () => mdxToJs(page(attrs), { mdastPlugins: [contentChecksPlugin(root)], fileURL: pathToFileURL(path.join(root, 'content/explainers/x.mdx')) });
    expect(run('text="Some words."')).toThrow(/^content\/explainers\/x\.mdx:3: <Quote> needs a source="…" attribute naming a seed id \(/);
    expect(run('source="gmoplus-wake-up-call"')).toThrowErrorMatchingInlineSnapshot(`[AstroUserError: content/explainers/x.mdx:3: <Quote source="gmoplus-wake-up-call"> needs a text="…" attribute with the exact words, as a plain string.]`);
  });
});

describe('frontmatter checks, before the build', () => {
  it('stop on an impossible date, with its line', () => {
    expect(() => checkDates(readExplainerFiles(fixtureDir('invalid-date'), path.join(fixtures, 'invalid-date')))).toThrowErrorMatchingInlineSnapshot(`[AstroUserError: content/explainers/bad-date.mdx:7: \`published\` is "2026-02-30", not a real calendar date. Write YYYY-MM-DD, e.g. 2026-06-12.]`);
  });

  it('stop on two files with one slug', () => {
    expect(() => checkUniqueSlugs(readExplainerFiles(fixtureDir('duplicate-slug'), path.join(fixtures, 'duplicate-slug')))).toThrowErrorMatchingInlineSnapshot(`[Error: content/explainers/bad-dup-b.mdx: duplicate slug "same-slug", already used by content/explainers/bad-dup-a.mdx. Rename one file or change its \`slug\`.]`);
  });
});

describe('cross-entry rules', () => {
  it('stop on a related slug that is not an explainer', () => {
    const { file } = fixtureFile('unknown-related');
    const data = parseYaml(file.split('---')[1]!) as { related: string[] };
    const entries = [
      { id: 'bad-related', filePath: 'content/explainers/bad-related.mdx', related: data.related },
      { id: 'weight-theft', filePath: 'content/explainers/weight-theft.mdx', related: [] },
    ];
    expect(() => checkRelated(entries)).toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid related explainers:
        content/explainers/bad-related.mdx: \`related\` names "no-such-explainer", which is not an explainer. Known: bad-related, weight-theft.]
    `);
    expect(() => checkRelated([{ id: 'a', related: ['a'] }])).toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid related explainers:
        a: \`related\` lists the explainer itself ("a").]
    `);
  });
});

describe('link checker', () => {
  it('reads ids and links as a browser would: decoded values, any quoting, not in comments or scripts', () => {
    const html = `<!doctype html><html><head><link rel=stylesheet href=/_astro/a.css><style>a[href="/not-a-link/"]{}</style>
      <script>document.body.innerHTML = '<a href="/in-a-script/">x</a>';</script></head>
      <body><!-- <a href="/commented-out/"> --><H2 ID='Caps'>t</H2><a class="x" href="/q/?a=1&amp;b=2#frag">q</a>
      <img id="pic" src="/p.png" alt="a > b"><div data-x="<a href='/in-attr/'>" id=bare-id></div><area href="/map/"><link href='/single/'>
      <template><a href="#in-template"></a></template><textarea><a href="/in-textarea/"></a></textarea></body></html>`;
    expect(scanLinks(html)).toEqual({
      ids: ['Caps', 'pic', 'bare-id'],
      hrefs: ['/_astro/a.css', '/q/?a=1&b=2#frag', '/map/', '/single/', '#in-template'],
    });
  });

  it('reads ids and links from built pages, and names each broken link with where it was written', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'link-check-'));
    try {
      const page = (body: string) => `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"></head><body>${body}</body></html>`;
      mkdirSync(path.join(dist, 'explainers', 'bad-link'), { recursive: true });
      mkdirSync(path.join(dist, 'explainers', 'bad-anchor'), { recursive: true });
      mkdirSync(path.join(dist, '_astro'));
      writeFileSync(path.join(dist, '_astro', 'site.css'), '');
      writeFileSync(path.join(dist, 'index.html'), page('<a href="/explainers/bad-anchor/#a-section">ok</a><a href="https://example.org/x">out</a>'));
      writeFileSync(path.join(dist, 'explainers', 'bad-link', 'index.html'), page('<h2 id="a-section">A</h2><a href="/explainers/does-not-exist/">x</a>'));
      writeFileSync(path.join(dist, 'explainers', 'bad-anchor', 'index.html'), page('<h2 id="a-section">A</h2><template><a href="#inside-template">t</a></template><a href="#no-such-section">x</a><a href="/missing.png">img</a>'));
      const { pages, assets, external } = readBuiltSite(dist, '/');
      expect(pages.map((p) => p.path).sort()).toEqual(['/', '/explainers/bad-anchor/', '/explainers/bad-link/']);
      expect([...external]).toEqual(['https://example.org/x']);
      const problems = checkLinks(pages, { site: new URL('https://model-security-explained.example.org'), assets });
      // The fixtures hold the MDX that wrote each link, so the message points at its line.
      const located = [...problems].sort((a, b) => a.page.localeCompare(b.page));
      const message = ['broken-anchor', 'broken-link'].map((name) => describeLinkProblems(located.filter((p) => p.page.includes(name.replace('broken-', 'bad-'))), path.join(fixtures, name), 'content/explainers')).join('\n');
      expect(message).toMatchInlineSnapshot(`
        "Broken internal links (3). Fix the link or the target id:
          /explainers/bad-anchor/: #inside-template #inside-template is not an id on /explainers/bad-anchor/ (written in content/explainers/bad-anchor.mdx)
          /explainers/bad-anchor/: #no-such-section #no-such-section is not an id on /explainers/bad-anchor/ (written at content/explainers/bad-anchor.mdx:19)
          /explainers/bad-anchor/: /missing.png links to a file that does not exist: /missing.png (written in content/explainers/bad-anchor.mdx)
        Broken internal links (1). Fix the link or the target id:
          /explainers/bad-link/: /explainers/does-not-exist/ links to a page that does not exist: /explainers/does-not-exist/ (written at content/explainers/bad-link.mdx:19)"
      `);
      expect(located.map((p) => p.href)).toEqual(['#inside-template', '#no-such-section', '/missing.png', '/explainers/does-not-exist/']);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

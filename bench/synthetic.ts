/**
 * Synthetic explainers for the scaling run: about 1,500 words each, with what real explainers contain, so the
 * build does the same kinds of work per page: h2/h3 sections, paragraphs with footnotes, bulleted and numbered
 * lists, a block quote, a GFM table, code blocks in several languages (two per page, languages rotating, text
 * varying by page), a figure with an accessible SVG, a timeline, two checked quotes from different seeds,
 * glossary terms and links to sibling pages and to the page's own sections. Written to a temporary folder,
 * never committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import peerFrontmatter from './peer-frontmatter.mjs';

const WORDS = 'model weights export control distillation teacher student query budget attacker defender disclosure materiality registrant framework govern map measure manage security level insider egress encryption attestation licence threshold compute training inference policy evidence source record report claim'.split(' ');
const TERMS = ['model-weights', 'distillation', 'eccn', 'materiality', 'insider-threat', 'ai-rmf'];

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 31 + i * 17) % WORDS.length]);
  const s = words.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

/** Code blocks as real explainers show them (a loss function, a config, a command, a query…), varied by page. */
const CODE: ((n: number) => [string, string])[] = [
  (n) => ['python', `import numpy as np\n\ndef distillation_loss(student, teacher, T=${(n % 4) + 1}.0, alpha=0.${n % 9}):\n    soft = np.exp(teacher / T) / np.exp(teacher / T).sum(-1, keepdims=True)\n    log_p = student / T - np.log(np.exp(student / T).sum(-1, keepdims=True))\n    return alpha * T**2 * -(soft * log_p).sum(-1).mean()  # page ${n}`],
  (n) => ['ts', `interface Filing {\n  materialOn: string;\n  businessDays: number;\n}\n\nexport function deadline(f: Filing, holidays: Set<string>): Date {\n  const day = new Date(\`\${f.materialOn}T00:00:00Z\`);\n  for (let left = f.businessDays + ${n % 3}; left > 0; ) {\n    day.setUTCDate(day.getUTCDate() + 1);\n    if (day.getUTCDay() % 6 !== 0 && !holidays.has(day.toISOString().slice(0, 10))) left--;\n  }\n  return day;\n}`],
  (n) => ['json', `{\n  "model": "example-${n}",\n  "parameters": ${7 + (n % 60)}e9,\n  "trainingTokens": ${1 + (n % 15)}e12,\n  "weights": { "format": "safetensors", "encrypted": ${n % 2 === 0} }\n}`],
  (n) => ['bash', `# Check the archive before you quote it (page ${n})\nsha256sum seeds/*.txt | tee /tmp/checksums-${n}.txt\ngrep -c "Semafor" seeds/*.txt\nfor f in seeds/*.txt; do wc -w "$f"; done`],
  (n) => ['yaml', `term: Model weights ${n}\naliases: [weights, parameters]\ndefinition: >-\n  The numbers a model learned in training.\nsource:\n  title: Securing AI Model Weights\n  url: https://example.org/${n}`],
  (n) => ['sql', `SELECT account_id, COUNT(*) AS queries\nFROM api_requests\nWHERE created_at >= DATE '2026-0${(n % 9) + 1}-01'\nGROUP BY account_id\nHAVING COUNT(*) > ${1000 * ((n % 5) + 1)}\nORDER BY queries DESC;`],
  (n) => ['js', `export function trainingCompute(parameters, tokens) {\n  // 6 operations per parameter per token (page ${n})\n  const ops = 6 * parameters * tokens;\n  return { ops, overThreshold: ops > 1e26 };\n}`],
  (n) => ['diff', `- The rule covers every model.\n+ The rule covers models trained with more than 10^26 operations.\n  It took effect on ${(n % 28) + 1} January 2026.`],
];

export function syntheticExplainer(n: number): string {
  const body: string[] = [];
  const footnotes: string[] = [];
  const note = (id: string) => {
    footnotes.push(`[^${id}]: Synthetic source ${id}, *A report about page ${n}*, 2024. [example.org/report-${id}](https://example.org/report-${id})`);
    return `[^${id}]`;
  };
  const para = (seed: number) => `${sentence(n + seed, 21)} ${sentence(n * 7 + seed, 20)}${note(`n${seed}`)} ${sentence(n * 3 + seed, 20)}`;
  for (let s = 0; s < 6; s++) {
    body.push(`## Section ${s + 1} of synthetic page ${n}`, para(s * 10), para(s * 10 + 1));
    body.push(`### A closer look at part ${s + 1}`, `${sentence(n + s, 18)} <Term id="${TERMS[(n + s) % TERMS.length]}">${WORDS[(n + s) % WORDS.length]}</Term> ${sentence(n + s * 2, 12)} See [section ${((s + 1) % 6) + 1}](#section-${((s + 1) % 6) + 1}-of-synthetic-page-${n}).`);
    if (s === 0) body.push(`- ${sentence(n, 8)}\n- ${sentence(n + 1, 9)}\n- ${sentence(n + 2, 7)}\n- ${sentence(n + 3, 10)}`);
    if (s === 1) body.push(`1. ${sentence(n + 4, 8)}\n2. ${sentence(n + 5, 9)}\n3. ${sentence(n + 6, 7)}`);
    if (s === 1) body.push(`> ${sentence(n + 7, 25)} ${sentence(n + 8, 20)}`);
    if (s === 2) {
      const [lang, code] = CODE[n % CODE.length]!(n);
      body.push(`\`\`\`${lang}\n${code}\n\`\`\``);
    }
    if (s === 2) body.push('<Quote source="gmoplus-wake-up-call" text="Notably, the White House has not officially confirmed the details of the Semafor report." status="accurate">A synthetic note on why the quote is accurate.</Quote>');
    if (s === 3) body.push(`| Level | Stops | Example |\n| --- | --- | --- |\n| SL1 | ${sentence(n, 3)} | ${sentence(n + 1, 4)} |\n| SL2 | ${sentence(n + 2, 3)} | ${sentence(n + 3, 4)} |\n| SL3 | ${sentence(n + 4, 3)} | ${sentence(n + 5, 4)} |`);
    if (s === 3) {
      body.push(`<Figure id="flow-${n}" caption="How a request flows on synthetic page ${n}: from the user, through the filter, to the model.">\n  <svg viewBox="0 0 320 80" role="img" aria-labelledby="flow-${n}-title flow-${n}-desc"><title id="flow-${n}-title">Request flow ${n}</title><desc id="flow-${n}-desc">Three boxes joined by arrows: user, filter, model.</desc><rect x="4" y="20" width="80" height="40" fill="none" stroke="currentColor"/><text x="44" y="45" text-anchor="middle" font-size="14" fill="currentColor">User</text><rect x="120" y="20" width="80" height="40" fill="none" stroke="currentColor"/><text x="160" y="45" text-anchor="middle" font-size="14" fill="currentColor">Filter</text><rect x="236" y="20" width="80" height="40" fill="none" stroke="currentColor"/><text x="276" y="45" text-anchor="middle" font-size="14" fill="currentColor">Model</text></svg>\n</Figure>`);
    }
    if (s === 4) {
      const [lang, code] = CODE[(n + 3) % CODE.length]!(n);
      body.push(`\`\`\`${lang}\n${code}\n\`\`\``);
      body.push(`<Timeline id="events-${n}" title="Events on synthetic page ${n}" events={[{ date: '2026-06-12', label: 'A synthetic event that starts the story on page ${n}.' }, { date: '2026-06-${String(13 + (n % 15)).padStart(2, '0')}', label: 'A second synthetic event, reported a little later.', note: 'Reported, not confirmed.' }]} />`);
    }
    if (s === 5) body.push('<Quote source="neuralpress-mythos-breach" text="The Mythos Breach: Why a Stolen AI Model Shakes National Security" status="unsupported">A synthetic note on why the headline claims more than its sources.</Quote>');
  }
  const siblings = [1, 2].map((k) => ((n + k * 7) % 1000) + 1).map((k) => `[synthetic page ${k}](/explainers/synthetic-${String(k).padStart(4, '0')}/)`);
  body.push(`## Further reading`, `Related synthetic pages: ${siblings.join(', ')}.`);
  const frontmatter = peerFrontmatter({
    title: `Synthetic explainer number ${n} for the scaling benchmark`,
    description: 'A generated page of about 1,500 words used only to measure how build time grows with the site.',
    index: n,
  });
  return `---\n${frontmatter}\n---\n\n${body.join('\n\n')}\n\n${footnotes.join('\n')}\n`;
}

/** Writes `count` pages; sibling links stay inside the set (page k links only to pages 1…count). */
export function writeSyntheticSite(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let n = 1; n <= count; n++) {
    const page = syntheticExplainer(n).replace(/\/explainers\/synthetic-(\d{4})\//g, (_m, k: string) => `/explainers/synthetic-${String(((Number(k) - 1) % count) + 1).padStart(4, '0')}/`);
    writeFileSync(path.join(dir, `synthetic-${String(n).padStart(4, '0')}.mdx`), page);
  }
}

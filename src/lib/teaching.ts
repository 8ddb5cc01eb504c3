/**
 * Rules for teaching kits (content/teaching/<explainer-slug>.yaml) that span
 * files, which the per-file schema in src/content.config.ts cannot see. Pure:
 * the caller passes what it read; each problem names the kit file and what to fix.
 */

/** Where kits are read from, or undefined for none (see the teaching collection in src/content.config.ts). */
export function teachingDir(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env['SITE_TEACHING_DIR']) return env['SITE_TEACHING_DIR'];
  // Another folder of explainers (the benchmark's synthetic ones) has no kits unless SITE_TEACHING_DIR names them.
  return env['SITE_CONTENT_DIR'] ? undefined : './content/teaching';
}

export interface TeachingPolicy {
  /** Every explainer must have a kit: true for the real content (and whenever kits are read). */
  everyExplainerNeedsKit: boolean;
  /** A kit must name a loaded explainer: false when SITE_EXPLAINERS builds only some explainers. */
  kitsMustMatchExplainers: boolean;
}

export function teachingPolicy(env: Record<string, string | undefined> = process.env): TeachingPolicy {
  const reading = teachingDir(env) !== undefined;
  // Building some explainers only (SITE_EXPLAINERS) lifts the whole-set rules, unless SITE_TEACHING_DIR names
  // the kits for exactly that set, as the small fixture sites of the tests do.
  const partial = Boolean(env['SITE_EXPLAINERS']) && !env['SITE_TEACHING_DIR'];
  return { everyExplainerNeedsKit: reading && !partial, kitsMustMatchExplainers: reading && !partial };
}

export interface KitRef {
  /** The kit's id: its file name, which must be the explainer's slug. */
  id: string;
  filePath?: string | undefined;
  answerGuidance: number;
  /** `lessonMinutes`, and the sum of the lesson steps' minutes, which must agree. */
  lessonMinutes: number;
  lessonTotal: number;
  /** Every id the kit links on its explainer, with the field that names it (for the message). */
  links: { field: string; id: string }[];
}

export interface ExplainerRef {
  id: string;
  filePath?: string | undefined;
  discussionQuestions: number;
}

const kitFile = (k: KitRef) => k.filePath ?? `content/teaching/${k.id}.yaml`;

/** Each kit names a loaded explainer and answers every one of its discussion questions. */
export function checkKitsMatch(explainers: readonly ExplainerRef[], kits: readonly KitRef[], policy: TeachingPolicy): string[] {
  const problems: string[] = [];
  const byId = new Map(explainers.map((e) => [e.id, e]));
  for (const kit of kits) {
    const e = byId.get(kit.id);
    if (!e && policy.kitsMustMatchExplainers) {
      problems.push(`${kitFile(kit)}: a teaching kit for "${kit.id}", which is not an explainer. Name the file after an explainer's slug (${[...byId.keys()].sort().join(', ')}) or remove it.`);
    }
    if (kit.lessonTotal !== kit.lessonMinutes) {
      problems.push(`${kitFile(kit)}: the lesson steps add up to ${kit.lessonTotal} minutes but \`lessonMinutes\` is ${kit.lessonMinutes}. Make them agree.`);
    }
    if (e && kit.answerGuidance !== e.discussionQuestions) {
      problems.push(`${kitFile(kit)}: \`answerGuidance\` has ${kit.answerGuidance} entries but the explainer has ${e.discussionQuestions} discussion questions. Give one entry per question, in the same order.`);
    }
  }
  return problems;
}

/**
 * Every explainer has a kit. Checked after the build (src/integrations/teaching-coverage.ts), so that a page
 * with other problems reports those first; explainers build without a kit, just without quiz and teacher notes.
 */
export function checkEveryExplainerHasKit(
  explainers: ReadonlyArray<{ slug: string; file: string }>,
  kitSlugs: ReadonlySet<string>,
  policy: TeachingPolicy,
  kitsDir = 'content/teaching',
): string[] {
  if (!policy.everyExplainerNeedsKit) return [];
  return explainers
    .filter((e) => !kitSlugs.has(e.slug))
    .map((e) => `${e.file}: this explainer has no teaching kit. Add ${kitsDir}/${e.slug}.yaml (copy an existing kit and rewrite it for this page; every field is described in src/content.config.ts).`);
}

/** Every id a kit links must exist on its explainer page. `ids` are the page's heading and figure ids. */
export function checkKitLinks(kit: KitRef, ids: ReadonlySet<string>): string[] {
  return kit.links
    .filter((link) => !ids.has(link.id))
    .map((link) => {
      const near = [...ids].filter((id) => id.includes(link.id.split('-').find((w) => w.length > 3) ?? link.id)).slice(0, 4);
      return `${kitFile(kit)}: ${link.field} links "#${link.id}", which is not a section or figure of /explainers/${kit.id}/.${near.length ? ` Did you mean: ${near.join(', ')}?` : ` Use an id from the explainer's headings.`}`;
    });
}

/** Throws one error listing every problem, so an author fixes them in one pass. */
export function throwIfProblems(problems: readonly string[]): void {
  if (problems.length) throw new Error(`Invalid teaching kit${problems.length > 1 ? 's' : ''} (${problems.length}):\n  ${problems.join('\n  ')}`);
}

/** Ids on every explainer page besides its headings: the layout's own sections. */
export const LAYOUT_SECTION_IDS = ['short-answer', 'check-your-understanding', 'for-educators', 'learning-objectives', 'discussion-questions', 'activity', 'further-reading', 'cite-this-page'] as const;

/**
 * The figure id each figure component renders, read from its source (`id="…"` on its figure, or
 * `const id = '…'`), keyed by component name: `<SecurityLevels />` in MDX renders `#security-levels`.
 */
export function componentFigureIds(sources: Record<string, string>): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [file, source] of Object.entries(sources)) {
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '');
    const id = code.match(/\bconst id = ['"]([a-z0-9-]+)['"]/)?.[1] ?? code.match(/\bid="([a-z0-9-]+)"/)?.[1];
    if (id) ids[file.replace(/^.*\/|\.astro$/g, '')] = id;
  }
  return ids;
}

/**
 * Figure ids on an explainer, which teachers may link like sections: an `id="…"` written on a component in
 * the MDX (`<Figure id="…">`, `<Timeline id="…">`), or the id a figure component renders itself.
 */
export function figureIds(mdx: string, components: Record<string, string> = {}): { id: string; title: string }[] {
  const found: { id: string; title: string }[] = [];
  for (const m of mdx.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g)) {
    const [, name, attrs] = m as unknown as [string, string, string];
    const id = attrs.match(/\bid="([^"]+)"/)?.[1] ?? components[name];
    if (!id || found.some((f) => f.id === id)) continue;
    const caption = attrs.match(/\b(?:caption|title)="([^"]+)"/)?.[1];
    found.push({ id, title: caption ? `Figure: ${caption.split(/[.:]/)[0]}` : /Explorer|Calculator|Simulator/.test(name) ? 'Interactive figure' : 'Figure' });
  }
  return found;
}

/** Every section and figure id a kit links, with the field that names it. */
export function kitLinks(kit: {
  lesson: { sections: string[] }[];
  assign: { section: string }[];
  misconceptions: { section: string }[];
  answerGuidance: { sections: string[] }[];
  quiz: { section: string }[];
  handoutFigure: { id: string };
}): { field: string; id: string }[] {
  return [
    ...kit.lesson.flatMap((s, i) => s.sections.map((id) => ({ field: `lesson[${i}].sections`, id }))),
    ...kit.assign.map((a, i) => ({ field: `assign[${i}].section`, id: a.section })),
    ...kit.misconceptions.map((m, i) => ({ field: `misconceptions[${i}].section`, id: m.section })),
    ...kit.answerGuidance.flatMap((g, i) => g.sections.map((id) => ({ field: `answerGuidance[${i}].sections`, id }))),
    ...kit.quiz.map((q, i) => ({ field: `quiz[${i}].section`, id: q.section })),
    { field: 'handoutFigure.id', id: kit.handoutFigure.id },
  ];
}

/** Glossary ids an MDX body links with <Term>, in order of first use (for the handout's key terms). */
export function termsUsed(mdx: string, key: (text: string) => string): string[] {
  const ids = [...mdx.matchAll(/<Term(?:\s+id="([^"]+)")?\s*>([\s\S]*?)<\/Term>/g)].map((m) => m[1] ?? key(m[2] as string));
  return [...new Set(ids)];
}

/** Each lesson step with its start and end minute, for "0–5 min" labels. */
export function lessonTimings<T extends { minutes: number }>(steps: readonly T[]): (T & { from: number; to: number })[] {
  let at = 0;
  return steps.map((step) => {
    const from = at;
    at += step.minutes;
    return { ...step, from, to: at };
  });
}

/** "Teacher notes: <title>" within 70 characters (search results cut longer titles): long titles keep their part before a colon. */
export function prefixedTitle(prefix: string, title: string, max = 70): string {
  const full = `${prefix}: ${title}`;
  if (full.length <= max) return full;
  const head = `${prefix}: ${title.split(/[:?]/)[0]!.trim()}`;
  return head.length <= max ? head : `${head.slice(0, max - 1).trimEnd()}…`;
}

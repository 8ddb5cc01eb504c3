/**
 * Reads the teaching kits once per build, checked against their explainers:
 * pages call getTeachingKits() rather than getCollection('teaching'). The
 * checks run in every build because the explainer pages call it.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getExplainers } from './explainers.ts';
import { smartenText } from './typography.ts';
import { explainerFacts, type ExplainerFacts } from './explainer-facts.ts';
import { componentFigureIds, LAYOUT_SECTION_IDS, checkKitsMatch, checkKitLinks, figureIds, kitLinks, teachingPolicy, throwIfProblems } from './teaching.ts';

export type TeachingKit = CollectionEntry<'teaching'>;

export interface SectionTitle { id: string; text: string }

export interface KitContext {
  kit: TeachingKit;
  /** The kit's data with typographic quotes and dashes, for display (ids are untouched). */
  data: TeachingKit['data'];
  explainer: CollectionEntry<'explainers'>;
  /** Heading and figure ids of the explainer page, with a title for each (to label links). */
  sections: Map<string, string>;
  /** What the Markdown pipeline measured in the explainer (reading level, quotes). */
  facts: ExplainerFacts;
}

// Figure components' sources, to know the id each renders (<SecurityLevels /> renders #security-levels).
const FIGURE_IDS = componentFigureIds(
  import.meta.glob<string>(['../components/diagrams/*.astro', '../components/figures/*.astro'], { query: '?raw', import: 'default', eager: true }),
);

let cached: Promise<Map<string, KitContext>> | undefined;

async function load(): Promise<Map<string, KitContext>> {
  const [explainers, kits] = await Promise.all([getExplainers(), getCollection('teaching')]);
  const policy = teachingPolicy();
  const refs = kits.map((k) => ({
    id: k.id,
    filePath: k.filePath,
    answerGuidance: k.data.answerGuidance.length,
    lessonMinutes: k.data.lessonMinutes,
    lessonTotal: k.data.lesson.reduce((sum, step) => sum + step.minutes, 0),
    links: kitLinks(k.data),
  }));
  const problems = checkKitsMatch(
    explainers.map((e) => ({ id: e.id, filePath: e.filePath, discussionQuestions: e.data.discussionQuestions.length })),
    refs,
    policy,
  );
  const result = new Map<string, KitContext>();
  for (const kit of kits) {
    const explainer = explainers.find((e) => e.id === kit.id);
    if (!explainer) continue;
    const { headings, remarkPluginFrontmatter } = await render(explainer);
    const sections = new Map<string, string>();
    for (const h of headings) if (h.slug !== 'footnote-label') sections.set(h.slug, h.text);
    for (const f of figureIds(explainer.body ?? '', FIGURE_IDS)) sections.set(f.id, f.title);
    for (const id of LAYOUT_SECTION_IDS) if (!sections.has(id)) sections.set(id, LAYOUT_TITLES[id]);
    problems.push(...checkKitLinks(refs.find((r) => r.id === kit.id)!, new Set(sections.keys())));
    result.set(kit.id, { kit, data: smartenDeep(kit.data), explainer, sections, facts: explainerFacts(remarkPluginFrontmatter, explainer.id) });
  }
  throwIfProblems(problems);
  return result;
}

const LAYOUT_TITLES: Record<(typeof LAYOUT_SECTION_IDS)[number], string> = {
  'short-answer': 'The short answer',
  'check-your-understanding': 'Check your understanding',
  'for-educators': 'For educators',
  'learning-objectives': 'Learning objectives',
  'discussion-questions': 'Discussion questions',
  activity: 'Activity',
  'further-reading': 'Further reading',
  'cite-this-page': 'Cite this page',
};

/** Every kit with its explainer, keyed by explainer slug; throws (stopping the build) on any invalid kit. */
export function getTeachingKits(): Promise<Map<string, KitContext>> {
  cached ??= load();
  return cached;
}

export async function getTeachingKit(slug: string): Promise<KitContext | undefined> {
  return (await getTeachingKits()).get(slug);
}

/** Curly quotes and real dashes in every prose string; ids (sections, terms) keep their plain form. */
function smartenDeep<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (/^(section|sections|id|keyTerms)$/.test(key) ? value : smartenText(value)) as T;
  if (Array.isArray(value)) return value.map((v) => smartenDeep(v, key)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, smartenDeep(v, k)])) as T;
  return value;
}

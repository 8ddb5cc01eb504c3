/** Reads explainers once, checked and in reading order. Pages call these rather than getCollection directly. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { checkRelated } from './content-rules.ts';
import { explainerFacts, type ExplainerFacts } from './explainer-facts.ts';
import { describeStatusConflict, findStatusConflicts } from './quote-usage.ts';

export async function getExplainers(): Promise<CollectionEntry<'explainers'>[]> {
  const entries = await getCollection('explainers');
  checkRelated(entries.map((e) => ({ id: e.id, filePath: e.filePath, related: e.data.related })));
  return entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

let facts: Promise<Map<string, ExplainerFacts>> | undefined;

/**
 * What the Markdown pipeline recorded about each explainer (reading level, quotes located in their seeds), by
 * id; read once per build. Checks on the way that one quoted sentence gets one status on every page (readers
 * compare pages): a conflict stops the build naming each file and line.
 */
export function getExplainerFacts(): Promise<Map<string, ExplainerFacts>> {
  facts ??= (async () => {
    const entries = await getExplainers();
    const all = await Promise.all(entries.map(async (e) => [e, explainerFacts((await render(e)).remarkPluginFrontmatter, e.id)] as const));
    const conflicts = findStatusConflicts(all.map(([e, f]) => ({ file: e.filePath ?? e.id, quotes: f.quotes })));
    if (conflicts.length > 0) throw new Error(conflicts.map(describeStatusConflict).join('\n'));
    return new Map(all.map(([e, f]) => [e.id, f]));
  })();
  return facts;
}

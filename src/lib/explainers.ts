/** Reads explainers once, checked and in reading order. Pages call this rather than getCollection directly. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkRelated } from './content-rules.ts';

export async function getExplainers(): Promise<CollectionEntry<'explainers'>[]> {
  const entries = await getCollection('explainers');
  checkRelated(entries.map((e) => ({ id: e.id, filePath: e.filePath, related: e.data.related })));
  return entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/**
 * /search-index/glossary.json: every glossary entry as the HTML record the search index holds for it
 * (glossaryRecord in src/lib/search-index.ts), from the validated collection. A build-time hand-off, not a
 * public file: src/integrations/pagefind-index.ts adds the records to the index and deletes this file.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { glossaryRecord } from '../../lib/search-index.ts';

export const GET: APIRoute = async () => {
  const entries = (await getCollection('glossary')).sort((a, b) => a.id.localeCompare(b.id));
  const records = entries.map((entry) => glossaryRecord({ id: entry.id, term: entry.data.term, definition: entry.data.definition, aliases: entry.data.aliases }));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};

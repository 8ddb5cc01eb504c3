/**
 * /og/cards.json: every explainer's Open Graph card as SVG, from its validated frontmatter
 * (src/lib/og-image.ts). A build-time hand-off, not a public file: src/integrations/og-cards.ts
 * rasterises each card to /og/<slug>.png and deletes this file.
 */
import type { APIRoute } from 'astro';
import { getExplainers } from '../../lib/explainers.ts';
import { explainerOgSvg } from '../../lib/og-image.ts';
import type { OgCardJob } from '../../integrations/og-cards.ts';

export const GET: APIRoute = async ({ site }) => {
  const cards: OgCardJob[] = (await getExplainers()).map((entry) => ({ slug: entry.id, svg: explainerOgSvg(entry.data, site?.host ?? '') }));
  return new Response(JSON.stringify(cards), { headers: { 'Content-Type': 'application/json' } });
};

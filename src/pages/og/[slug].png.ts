/**
 * /og/<slug>.png: each explainer's 1200×630 Open Graph card, drawn from its
 * frontmatter at build time (no network) on a worker thread; the explainer's
 * own page has usually started it already (src/integrations/og-render-pool.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getExplainers } from '../../lib/explainers.ts';
import { explainerOgSvg } from '../../lib/og-image.ts';
import { takeOgCard } from '../../integrations/og-render-pool.ts';

export const getStaticPaths = (async () => {
  const explainers = await getExplainers();
  return explainers.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const png = await takeOgCard(explainerOgSvg(entry.data, site?.host ?? ''));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

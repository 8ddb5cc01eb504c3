/** RSS feed of explainers, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getExplainers } from '../lib/explainers.ts';
import { explainerPath, withBase } from '../lib/urls.ts';
import { SITE_NAME } from '../lib/site.ts';

export async function GET(context: APIContext) {
  const explainers = (await getExplainers()).sort((a, b) => b.data.published.localeCompare(a.data.published));
  return rss({
    title: `${SITE_NAME}: explainers`,
    description: 'Plain, sourced explainers on AI model security.',
    site: context.site ?? 'https://example.org',
    items: explainers.map((e) => ({
      title: e.data.title,
      description: e.data.summary,
      link: withBase(explainerPath(e.id)),
      pubDate: new Date(`${e.data.published}T00:00:00Z`),
      categories: [e.data.topic],
    })),
    customData: '<language>en</language>',
  });
}

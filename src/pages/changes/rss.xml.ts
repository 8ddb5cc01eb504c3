/** RSS feed of corrections and updates to the explainers, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getExplainers } from '../../lib/explainers.ts';
import { CHANGE_KIND_LABELS, changeAnchor, changeHref, siteChangesNewestFirst } from '../../lib/changes.ts';
import { withBase } from '../../lib/urls.ts';
import { SITE_NAME } from '../../lib/site.ts';

export async function GET(context: APIContext) {
  const explainers = await getExplainers();
  const site = context.site ?? new URL('https://example.org');
  const changes = siteChangesNewestFirst(explainers.map((e) => ({ slug: e.id, title: e.data.title, changes: e.data.changes })));
  return rss({
    title: `${SITE_NAME}: corrections and updates`,
    description: 'Every correction, update and clarification to the explainers, newest first.',
    site,
    items: changes.map((c) => ({
      title: `${CHANGE_KIND_LABELS[c.kind]}: ${c.pageTitle}`,
      description: c.summary,
      // Absolute, so the feed library does not append a slash after the #section.
      link: new URL(withBase(changeHref(c.slug, c.section)), site).href,
      // Several changes can link to the same page: each gets its own id (its entry in /changes/), so feed readers show every one.
      customData: `<guid isPermaLink="true">${new URL(withBase(`/changes/#${changeAnchor(c)}`), site).href}</guid>`,
      pubDate: new Date(`${c.date}T00:00:00Z`),
      categories: [c.kind],
    })),
    customData: '<language>en</language>',
  });
}

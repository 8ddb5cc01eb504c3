/**
 * Sätteri hast plugin: prefixes the site's base path to root-relative links
 * written in Markdown/MDX (`[x](/explainers/y/)`), so authors never think about
 * where the site is deployed. Absent when the site lives at the root.
 */
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../../lib/urls.ts';

export function baseLinksPlugin(base: string): HastPluginDefinition | null {
  if (base === '/' || base === '') return null;
  return {
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node: Readonly<Element>, ctx) {
        const href = node.properties?.['href'];
        if (typeof href === 'string' && href.startsWith('/')) ctx.setProperty(node, 'href', withBase(href, base));
      },
    },
  };
}

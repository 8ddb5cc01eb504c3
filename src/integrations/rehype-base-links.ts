/**
 * Rehype plugin: prefixes the site's base path to root-relative links written
 * in Markdown/MDX (`[x](/explainers/y/)`), so authors never think about where
 * the site is deployed.
 */
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls.ts';

export function rehypeBaseLinks(options: { base: string }) {
  return () => (tree: Root) => {
    if (options.base === '/' || options.base === '') return;
    visit(tree, 'element', (node: Element) => {
      const href = node.properties?.['href'];
      if (node.tagName === 'a' && typeof href === 'string') node.properties['href'] = withBase(href, options.base);
    });
  };
}

/**
 * Sätteri hast plugin: gives every heading its id (GitHub's slugs, in document
 * order, as Astro would) and, after each h2/h3, a link to the section (an
 * icon, visible on hover and focus and always on touch screens;
 * enhance/section-links.ts makes a click copy the full address) with an
 * accessible label naming the section. Starlight's
 * pattern: the link follows the heading, inside a wrapper, so the heading's own
 * text stays clean for screen readers and search. The ids are set here, not
 * left to Astro's own heading plugin, because that one runs after ours; it
 * keeps ids it finds, so the table of contents gets the same ones.
 */
import GithubSlugger from 'github-slugger';
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

export function headingLinksPlugin(): () => HastPluginDefinition {
  // A factory: Sätteri calls it once per document, so each page's slugs start afresh.
  return () => {
    const slugger = new GithubSlugger();
    return {
      name: 'heading-links',
      element: {
        filter: HEADINGS,
        visit(node: Readonly<Element>, ctx) {
          const text = ctx.textContent(node);
          const existing = node.properties?.['id'];
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          if ((node.tagName !== 'h2' && node.tagName !== 'h3') || id === 'footnote-label') return;
          const link: Element = {
            type: 'element',
            tagName: 'a',
            properties: { className: ['heading-link'], href: `#${id}`, dataPagefindIgnore: '' },
            children: [{ type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Link to section: ${text}` }] }],
          };
          ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['heading-wrapper', `level-${node.tagName}`] }, children: [link] });
        },
      },
    };
  };
}

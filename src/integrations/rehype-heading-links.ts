/**
 * Rehype plugin: after each h2/h3 with an id, adds a link to the section (an icon, visible on hover and focus and
 * always on touch screens; enhance/section-links.ts makes a click copy the full address) with an accessible
 * label naming the section.
 * Starlight's pattern: the link follows the heading, inside a wrapper, so the
 * heading's own text stays clean for screen readers and search.
 */
import type { Root, Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';

export function rehypeHeadingLinks() {
  return () => (tree: Root) => {
    const visit = (parent: Root | Element) => {
      parent.children = parent.children.flatMap((child): ElementContent[] => {
        if (child.type !== 'element') return [child as ElementContent];
        if ((child.tagName === 'h2' || child.tagName === 'h3') && typeof child.properties['id'] === 'string' && child.properties['id'] !== 'footnote-label') {
          const id = child.properties['id'];
          const link: Element = {
            type: 'element',
            tagName: 'a',
            properties: { className: ['heading-link'], href: `#${id}`, dataPagefindIgnore: '' },
            children: [{ type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Link to section: ${toString(child)}` }] }],
          };
          return [{ type: 'element', tagName: 'div', properties: { className: ['heading-wrapper', `level-${child.tagName}`] }, children: [child, link] }];
        }
        visit(child);
        return [child];
      });
    };
    visit(tree);
  };
}

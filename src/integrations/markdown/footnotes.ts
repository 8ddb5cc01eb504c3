/**
 * Sätteri hast plugin (after the tree is built): tidies the notes that GFM footnotes write.
 * - A paragraph that cites the same note several times keeps one marker, its last (a row of identical
 *   "[13]" markers tells the reader nothing more than one does).
 * - Each note ends in one labelled "Back to text" link, or "Back to text: a b c" when the note is cited
 *   from several places, instead of a row of bare ↩ arrows.
 * (Ported from the lead's rehype-footnotes.ts, same behaviour.)
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'figcaption', 'blockquote']);

type Parent = Readonly<Root> | Readonly<Element>;

function isElement(node: unknown): node is Element {
  return (node as Element | undefined)?.type === 'element';
}

const isBackref = (node: unknown) => isElement(node) && node.properties['dataFootnoteBackref'] !== undefined;

export function footnotesPlugin(): HastPluginDefinition {
  return {
    name: 'footnotes',
    after(root, ctx) {
      const removed = new Set<string>();
      const notes = findNotesSection(root);
      dedupe(root, notes, removed, ctx);
      if (notes) relabelBackrefs(notes, removed, ctx);
    },
  };
}

function findNotesSection(node: Parent): Element | undefined {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === 'section' && child.properties['dataFootnotes'] !== undefined) return child;
    const found = findNotesSection(child);
    if (found) return found;
  }
  return undefined;
}

/** Within each block (not counting blocks nested in it), drop all but the last marker for each note. */
function dedupe(node: Parent, notes: Element | undefined, removed: Set<string>, ctx: HastVisitorContext): void {
  for (const child of node.children) {
    if (!isElement(child) || child === notes) continue;
    if (BLOCKS.has(child.tagName)) {
      const markers = new Map<string, { sup: Element; id: string }[]>();
      collectMarkers(child, markers);
      for (const uses of markers.values()) {
        for (const use of uses.slice(0, -1)) {
          ctx.removeNode(use.sup);
          removed.add(use.id);
        }
      }
    }
    dedupe(child, notes, removed, ctx);
  }
}

function collectMarkers(node: Element, markers: Map<string, { sup: Element; id: string }[]>): void {
  for (const child of node.children) {
    if (!isElement(child) || BLOCKS.has(child.tagName)) continue;
    const ref = child.tagName === 'sup' ? child.children.find(isElement) : undefined;
    if (ref && ref.properties['dataFootnoteRef'] !== undefined) {
      const href = String(ref.properties['href']);
      const list = markers.get(href) ?? [];
      list.push({ sup: child, id: String(ref.properties['id']) });
      markers.set(href, list);
    } else {
      collectMarkers(child, markers);
    }
  }
}

function relabelBackrefs(section: Element, removed: Set<string>, ctx: HastVisitorContext): void {
  const list = section.children.find((c): c is Element => isElement(c) && c.tagName === 'ol');
  if (!list) return;
  let number = 0;
  for (const item of list.children) {
    if (!isElement(item) || item.tagName !== 'li') continue;
    number += 1;
    const hrefs: string[] = [];
    let last: Element | undefined;
    const strip = (node: Element) => {
      node.children.forEach((c: RootContent, i, all) => {
        if (isBackref(c)) {
          hrefs.push(String((c as Element).properties['href']));
          last = node;
          ctx.removeNode(c);
          return;
        }
        // The spaces written between and before the arrows go with them.
        if (c.type === 'text' && isBackref(all[i + 1])) {
          const trimmed = c.value.replace(/\s+$/, '');
          if (trimmed === '') ctx.removeNode(c);
          else if (trimmed !== c.value) ctx.replaceNode(c, { type: 'text', value: trimmed });
          return;
        }
        if (isElement(c)) strip(c);
      });
    };
    strip(item);
    const kept = hrefs.filter((h) => !removed.has(decodeURIComponent(h.slice(1))));
    if (!last || kept.length === 0) continue;
    ctx.appendChild(last, [{ type: 'text', value: ' ' }, backrefs(kept, number)]);
  }
}

function backrefs(hrefs: string[], note: number): Element {
  const link = (href: string, label: string, hidden: string): Element => ({
    type: 'element',
    tagName: 'a',
    properties: { href, dataFootnoteBackref: '', className: ['data-footnote-backref'] },
    children: [{ type: 'text', value: label }, { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: hidden }] }],
  });
  const children: ElementContent[] =
    hrefs.length === 1
      ? [link(hrefs[0]!, '↩ Back to text', ` (note ${note})`)]
      : [
          { type: 'text', value: 'Back to text: ' },
          ...hrefs.flatMap((href, i): ElementContent[] => [
            ...(i > 0 ? [{ type: 'text' as const, value: ' ' }] : []),
            link(href, String.fromCharCode(97 + (i % 26)), `, use ${i + 1} of note ${note}`),
          ]),
        ];
  return { type: 'element', tagName: 'span', properties: { className: ['backrefs'], dataPagefindIgnore: '' }, children };
}

/**
 * Sätteri hast plugin (after the tree is built): tidies the notes that GFM footnotes write.
 * - A paragraph that cites the same note several times keeps one marker, its last (a row of identical
 *   "[13]" markers tells the reader nothing more than one does).
 * - Each note ends in one labelled "Back to text" link, or "Back to text: a b c" when the note is cited
 *   from several places, instead of a row of bare ↩ arrows.
 * (Ported from the lead's rehype-footnotes.ts, same behaviour.)
 */
import type { Element, ElementContent, RootContent } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'figcaption', 'blockquote']);

function isElement(node: unknown): node is Element {
  return (node as Element | undefined)?.type === 'element';
}

const isBackref = (node: unknown) => isElement(node) && node.properties['dataFootnoteBackref'] !== undefined;

/**
 * Two passes with Rust-side filters (only <sup> and <li> elements cross into JavaScript; walking the whole
 * tree in JavaScript cost about 10 ms a page): markers first, then the notes, which follow every marker.
 */
export function footnotesPlugins(): HastPluginDefinition[] {
  return [markersPass(), notesPass()];
}

interface FootnoteState {
  /** Per block, per note: the last marker seen so far. */
  last: Map<object, Map<string, { sup: Element; id: string }>>;
  /** Ids of the markers removed, whose back-links must go too. */
  removed: Set<string>;
  /** Notes seen so far, to number them. */
  notes: number;
}

function state(ctx: HastVisitorContext): FootnoteState {
  return ((ctx.data as { footnotes?: FootnoteState }).footnotes ??= { last: new Map(), removed: new Set(), notes: 0 });
}

/**
 * The block a marker belongs to: its nearest block ancestor, or none when it sits outside any block, inside an
 * MDX component, or in the notes themselves (the markers there are left alone).
 */
function blockOf(node: Readonly<Element>, ctx: HastVisitorContext): object | undefined {
  let block: object | undefined;
  for (let at = ctx.parent(node); at && at.type !== 'root'; at = ctx.parent(at)) {
    if (!isElement(at)) return undefined;
    if (at.tagName === 'section' && at.properties['dataFootnotes'] !== undefined) return undefined;
    if (!block && BLOCKS.has(at.tagName)) block = at;
  }
  return block;
}

/** A paragraph that cites one note several times keeps its last marker. */
function markersPass(): HastPluginDefinition {
  return {
    name: 'footnote-markers',
    element: {
      filter: ['sup'],
      visit(sup, ctx) {
        const ref = sup.children.find(isElement);
        if (!ref || ref.properties['dataFootnoteRef'] === undefined) return;
        const block = blockOf(sup, ctx);
        if (!block) return;
        const { last, removed } = state(ctx);
        const byNote = last.get(block) ?? new Map<string, { sup: Element; id: string }>();
        last.set(block, byNote);
        const href = String(ref.properties['href']);
        const earlier = byNote.get(href);
        if (earlier) {
          ctx.removeNode(earlier.sup);
          removed.add(earlier.id);
        }
        byNote.set(href, { sup, id: String(ref.properties['id']) });
      },
    },
  };
}

/** Each note ends in one labelled "Back to text" link (or one per remaining use) instead of bare arrows. */
function notesPass(): HastPluginDefinition {
  return {
    name: 'footnote-backrefs',
    element: {
      filter: ['li'],
      visit(item, ctx) {
        const list = ctx.parent(item);
        const section = list && ctx.parent(list);
        if (!isElement(list) || list.tagName !== 'ol' || !isElement(section) || section.tagName !== 'section' || section.properties['dataFootnotes'] === undefined) return;
        const st = state(ctx);
        const number = ++st.notes;
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
        const kept = hrefs.filter((h) => !st.removed.has(decodeURIComponent(h.slice(1))));
        if (!last || kept.length === 0) return;
        ctx.appendChild(last, [{ type: 'text', value: ' ' }, backrefs(kept, number)]);
      },
    },
  };
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

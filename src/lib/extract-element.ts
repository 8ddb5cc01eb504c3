/**
 * Picks one element, by id, out of rendered HTML: the handout prints an
 * explainer's main figure exactly as the explainer renders it, without a
 * second copy of the figure's markup to keep in step.
 */
import { parseFragment, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function find(node: Node, id: string): Element | undefined {
  if ('attrs' in node && node.attrs.some((a) => a.name === 'id' && a.value === id)) return node;
  const children = 'content' in node ? [...node.content.childNodes, ...('childNodes' in node ? node.childNodes : [])] : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) {
    const found = find(child, id);
    if (found) return found;
  }
  return undefined;
}

/** The outer HTML of the element with this id, or undefined when there is none. */
export function extractElementById(html: string, id: string): string | undefined {
  const found = find(parseFragment(html), id);
  return found ? serializeOuter(found) : undefined;
}

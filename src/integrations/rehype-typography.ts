/** Rehype plugin: typographic quotes and dashes in prose text, never inside code, scripts or styles. */
import type { Root, Element, Text } from 'hast';
import { smartenText } from '../lib/typography.ts';

const SKIP = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp', 'svg']);

export function rehypeTypography() {
  return () => (tree: Root) => {
    let previous = '';
    const walk = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type === 'text') {
          const text = child as Text;
          if (!text.value.includes('://')) text.value = smartenText(text.value, previous);
          previous = text.value;
        } else if (child.type === 'element' && !SKIP.has(child.tagName)) {
          walk(child);
        }
      }
    };
    walk(tree);
  };
}

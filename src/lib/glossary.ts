/** Groups glossary terms A–Z by their first letter, sorted without regard to case or leading punctuation. */
export interface GlossaryTerm { id: string; term: string }

/** '"Is informed" letter' files under I, next to other I terms. */
function sortKey(term: string): string {
  return term.replace(/^[^\p{L}\p{N}]+/u, '');
}

export function groupByInitial<T extends GlossaryTerm>(terms: readonly T[]): { letter: string; anchor: string; terms: T[] }[] {
  const sorted = [...terms].sort((a, b) => sortKey(a.term).localeCompare(sortKey(b.term), 'en', { sensitivity: 'base' }));
  const groups = new Map<string, T[]>();
  for (const t of sorted) {
    const first = sortKey(t.term).charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), t]);
  }
  // Anchors must be valid ids: terms that start with a digit go under "#", anchored as letter-other.
  return [...groups].map(([letter, list]) => ({ letter, anchor: `letter-${letter === '#' ? 'other' : letter}`, terms: list }));
}

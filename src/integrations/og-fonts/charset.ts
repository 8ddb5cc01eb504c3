/**
 * The characters the subset card fonts cover (src/integrations/og-fonts/*.ttf, made by subset.mjs): Latin
 * with its accents, general punctuation (dashes, curly quotes, ellipsis, bullets), arrows, a few maths signs,
 * € and ™. A card with any other character is drawn with the full DejaVu fonts.
 */
export const SUBSET_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], [0xa0, 0x17f], [0x2010, 0x2027], [0x2030, 0x203a], [0x2190, 0x2193],
  [0x2212, 0x2212], [0x2248, 0x2248], [0x2260, 0x2265], [0x20ac, 0x20ac], [0x2122, 0x2122],
];

/** Whether every character of `text` is in the subset (line breaks and tabs count as covered). */
export function inSubset(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (!SUBSET_RANGES.some(([from, to]) => c >= from && c <= to)) return false;
  }
  return true;
}

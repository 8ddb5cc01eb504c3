/**
 * Splits a seed article into paragraphs with stable anchors.
 *
 * A paragraph is one non-empty line of the seed file. The seeds are archived
 * byte for byte and never edited, so the 1-based line number is a permanent
 * address: `#p-12` always means the paragraph on line 12. Line numbers also
 * match the research notes, which cite seeds by line.
 */
export interface SeedParagraph {
  /** 1-based line number of the paragraph in the seed file. */
  line: number;
  /** Anchor id on the source page, e.g. `p-12`. */
  anchor: string;
  /** The line exactly as archived (no trimming: quotes render the seed's own characters). */
  text: string;
}

export function paragraphAnchor(line: number): string {
  return `p-${line}`;
}

export function splitSeedParagraphs(seedText: string): SeedParagraph[] {
  return seedText.split(/\r?\n/).flatMap((text, index) =>
    text.trim() === '' ? [] : [{ line: index + 1, anchor: paragraphAnchor(index + 1), text }],
  );
}

/**
 * The Open Graph card for an explainer, as SVG (rendered to a 1200×630 PNG at
 * build time by src/integrations/og-cards.ts). Text is wrapped here because SVG
 * does not wrap; widths are estimated per character for the bundled DejaVu Sans.
 */
import { escapeHtml as escapeXml } from './escape.ts';
import { SITE_NAME } from './site.ts';
import { topicLabel, type TopicId } from './topics.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Painted by the renderer under the card (src/integrations/og-render-worker.ts), not drawn as a shape. */
export const OG_BACKGROUND = '#ffffff';

/**
 * Greedy word wrap to at most `maxLines` lines of `maxChars` characters; an
 * overflowing last line ends with an ellipsis, never a cut word.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  const words = text.trim().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= maxChars || !current) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines) {
      const last = lines[maxLines - 1]!;
      const trimmed = last.length + 2 > maxChars ? last.replace(/\s+\S+$/, '') : last;
      lines[maxLines - 1] = `${trimmed.replace(/[,;:.]$/, '')} …`;
      return lines;
    }
  }
  if (current) lines.push(current);
  return lines;
}

export interface OgCard {
  title: string;
  description: string;
  topic: string;
  siteName: string;
  host: string;
}

function textLines(lines: string[], x: number, y: number, lineHeight: number, attrs: string): string {
  return lines.map((line, i) => `<text x="${x}" y="${y + i * lineHeight}" ${attrs}>${escapeXml(line)}</text>`).join('');
}

export function ogImageSvg(card: OgCard): string {
  const title = wrapText(card.title, 28, 3);
  const description = wrapText(card.description, 66, 3);
  const titleTop = 240;
  // The description starts below the title's last baseline, whatever its line count, and ends above the footer.
  const descriptionTop = titleTop + (title.length - 1) * 72 + 64;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">` +
    `<rect width="24" height="100%" fill="#0b57a4"/>` +
    `<text x="80" y="100" font-family="DejaVu Sans" font-weight="700" font-size="34" fill="#0b57a4">${escapeXml(card.siteName)}</text>` +
    `<text x="80" y="158" font-family="DejaVu Sans" font-size="28" fill="#4a4f59">Explainer · ${escapeXml(card.topic)}</text>` +
    textLines(title, 80, titleTop, 72, 'font-family="DejaVu Sans" font-weight="700" font-size="60" fill="#1a1c20"') +
    textLines(description, 80, descriptionTop, 40, 'font-family="DejaVu Sans" font-size="28" fill="#4a4f59"') +
    `<text x="80" y="596" font-family="DejaVu Sans" font-size="24" fill="#4a4f59">${escapeXml(card.host)}</text>` +
    `</svg>`
  );
}

/** The card of one explainer, from its frontmatter. */
export function explainerOgSvg(data: { title: string; description: string; topic: TopicId }, host: string): string {
  return ogImageSvg({ title: data.title, description: data.description, topic: topicLabel(data.topic), siteName: SITE_NAME, host });
}

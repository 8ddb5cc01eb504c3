/** Minutes to read a body of MDX at 230 words a minute, ignoring markup and attribute noise. */
export function readingMinutes(mdx: string, wordsPerMinute = 230): number {
  const prose = mdx
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^import .*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[\^[^\]]+\]:?/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  // Whitespace-separated tokens that contain a letter or digit, counted without splitting the text.
  const words = prose.match(/\S*[A-Za-z0-9]\S*/g)?.length ?? 0;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

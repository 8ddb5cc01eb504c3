/** Minutes to read a body of MDX at 230 words a minute, ignoring markup and attribute noise. */
export function readingMinutes(mdx: string, wordsPerMinute = 230): number {
  const prose = mdx
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^import .*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[\^[^\]]+\]:?/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  const words = prose.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

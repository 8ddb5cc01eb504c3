/**
 * Site-internal URLs. Every internal link goes through `withBase` so the site
 * works at a sub-path (e.g. GitHub Pages at /model-security/).
 */
export function withBase(path: string, base: string = import.meta.env?.BASE_URL ?? '/'): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path}`;
}

export function explainerPath(slug: string): string {
  return `/explainers/${slug}/`;
}

export function sourcePath(id: string, anchor?: string): string {
  return `/sources/${id}/${anchor ? `#${anchor}` : ''}`;
}

/** Addresses of an explainer's teaching pages (before withBase). */
export function teachPath(slug: string): string {
  return `/explainers/${slug}/teach/`;
}

export function handoutPath(slug: string): string {
  return `/explainers/${slug}/handout/`;
}

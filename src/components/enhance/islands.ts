import { loadModule } from '../search/start-search.ts';

/**
 * Interactive figures are islands: each carries data-island-src, the URL of
 * its module, which is loaded only when the figure comes near the viewport.
 * The module then mounts every island of its kind on the page. Until then,
 * and without JavaScript, the figure shows its static worked example.
 */
export function enhanceIslands(): void {
  const islands = [...document.querySelectorAll<HTMLElement>('[data-island-src]')];
  if (islands.length === 0) return;
  const load = (island: HTMLElement) => {
    const src = island.dataset['islandSrc']!;
    island.removeAttribute('data-island-src');
    loadModule(src).catch(() => island.setAttribute('data-island-failed', ''));
  };
  if (!('IntersectionObserver' in window)) return islands.forEach(load);
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        load(entry.target as HTMLElement);
      }
    },
    { rootMargin: '300px 0px' },
  );
  for (const island of islands) observer.observe(island);
}

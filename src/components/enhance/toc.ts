/** Marks the table-of-contents entry of the section being read (aria-current). */
export function enhanceToc(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
  if (links.length === 0 || !('IntersectionObserver' in window)) return;
  const byId = new Map(links.map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
  const headings = [...byId.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  const visible = new Set<Element>();
  const mark = () => {
    const top = headings.find((h) => visible.has(h)) ?? headings.filter((h) => h.getBoundingClientRect().top < 0).at(-1);
    for (const a of links) a.removeAttribute('aria-current');
    if (top) byId.get(top.id)?.setAttribute('aria-current', 'true');
  };
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) (e.isIntersecting ? visible.add(e.target) : visible.delete(e.target));
    mark();
  });
  for (const h of headings) observer.observe(h);
}

/**
 * Checks internal links over a built site: every internal href must reach a
 * page that exists, and every #fragment an element id on that page. Pure: the
 * integration and the tests feed it pages already parsed.
 */
export interface BuiltPage {
  /** URL path of the page, e.g. `/explainers/distillation/`. */
  path: string;
  /** Every id attribute on the page. */
  ids: Set<string>;
  /** Every href on the page (a, link, area), as written. */
  hrefs: string[];
}

export interface LinkProblem {
  page: string;
  href: string;
  message: string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Resolves `href` found on `from` to a site path and fragment, or undefined for external links. */
export function resolveInternal(href: string, from: string, site: URL): { path: string; fragment: string } | undefined {
  if (EXTERNAL.test(href) && !href.startsWith(site.origin)) return undefined;
  const url = new URL(href, new URL(from, site));
  if (url.origin !== site.origin) return undefined;
  return { path: decodeURIComponent(url.pathname), fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** Files Pagefind and Astro write that are linked but are not HTML pages. */
function isAsset(path: string): boolean {
  return /\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html');
}

export function checkLinks(pages: BuiltPage[], options: { site: URL; assets: Set<string> }): LinkProblem[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      const target = resolveInternal(href, page.path, options.site);
      if (!target) continue;
      if (isAsset(target.path)) {
        if (!options.assets.has(target.path)) problems.push({ page: page.path, href, message: `links to a file that does not exist: ${target.path}` });
        continue;
      }
      const dest = byPath.get(target.path) ?? byPath.get(`${target.path}/`);
      if (!dest) {
        problems.push({ page: page.path, href, message: `links to a page that does not exist: ${target.path}` });
        continue;
      }
      if (target.fragment && !dest.ids.has(target.fragment)) {
        const near = [...dest.ids].filter((id) => id.includes(target.fragment.slice(0, 4))).slice(0, 5);
        problems.push({
          page: page.path,
          href,
          message: `#${target.fragment} is not an id on ${dest.path}${near.length ? ` (similar ids: ${near.join(', ')})` : ''}`,
        });
      }
    }
  }
  return problems;
}

/** robots.txt, pointing crawlers at the sitemap wherever the site is deployed. */
import type { APIContext } from 'astro';
import { withBase } from '../lib/urls.ts';

export function GET(context: APIContext) {
  const sitemap = new URL(withBase('/sitemap-index.xml'), context.site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * The `_headers` file for static hosts (Netlify, Cloudflare Pages): the same
 * content-security policy the pages carry in their <meta>, merged across
 * pages, plus headers a <meta> cannot set.
 */
import { createHash } from 'node:crypto';

export const EXTRA_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
  // A <meta> CSP cannot set frame-ancestors; the header can.
  'X-Frame-Options': 'DENY',
};

/** Merges the CSP of several pages: directive by directive, union of sources, in first-seen order. */
export function mergePolicies(policies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
      if (!name) continue;
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Astro lists the hash of every inline script of the whole site in every page's policy. Keep, in a page's
 * <meta> policy, only the hashes of the inline scripts that page has: the least it needs, and about 400 bytes
 * less on every page (each hash is 55 incompressible characters). The `_headers` policy, merged across pages,
 * still allows them all; a browser enforces both, so each page runs only its own scripts.
 */
export function trimScriptHashes(html: string): string {
  const own = new Set(
    [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`,
    ),
  );
  return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)"/, (_, start: string, policy: string) => {
    const trimmed = policy.replace(/(script-src[^;]*)/, (directive) =>
      directive.split(' ').filter((source) => !/^(?:'|&#39;)sha256-/.test(source) || own.has(source.replace(/&#39;/g, "'"))).join(' '),
    );
    return `${start}${trimmed}"`;
  });
}

export function headersFile(policy: string, base: string): string {
  const lines = [`${base.endsWith('/') ? base : `${base}/`}*`, `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`];
  for (const [name, value] of Object.entries(EXTRA_HEADERS)) lines.push(`  ${name}: ${value}`);
  return `${lines.join('\n')}\n`;
}

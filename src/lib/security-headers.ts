/**
 * The `_headers` file for static hosts (Netlify, Cloudflare Pages): the same
 * content-security policy the pages carry in their <meta>, merged across
 * pages, plus headers a <meta> cannot set.
 */
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

export function headersFile(policy: string, base: string): string {
  const lines = [`${base.endsWith('/') ? base : `${base}/`}*`, `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`];
  for (const [name, value] of Object.entries(EXTRA_HEADERS)) lines.push(`  ${name}: ${value}`);
  return `${lines.join('\n')}\n`;
}

/** The `_headers` file: the pages' content-security policies merged, with the headers a <meta> cannot set. */
import { describe, expect, it } from 'vitest';
import { EXTRA_HEADERS, headersFile, mergePolicies } from '../../src/lib/security-headers.ts';

describe('merged content-security policy', () => {
  it('unites each directive across pages, sources in first-seen order, never repeating one', () => {
    const merged = mergePolicies([
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'",
      "default-src 'self';script-src 'self' 'sha256-b'  'sha256-a'; img-src 'self' data:",
      ' ; ',
    ]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; img-src 'self' data:");
  });
});

describe('_headers', () => {
  it('applies the policy, with frame-ancestors, and the extra headers to every path under the base', () => {
    const file = headersFile("default-src 'self'", '/model-security');
    const lines = file.trimEnd().split('\n');
    expect(lines[0]).toBe('/model-security/*');
    expect(lines[1]).toBe("  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
    expect(lines.slice(2)).toEqual(Object.entries(EXTRA_HEADERS).map(([k, v]) => `  ${k}: ${v}`));
    expect(headersFile('x', '/').split('\n')[0]).toBe('/*');
    expect(EXTRA_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});

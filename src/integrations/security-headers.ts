/**
 * Trims each page's CSP <meta> to the script hashes that page needs, then writes dist/_headers from the
 * policies of all pages (see src/lib/security-headers.ts).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, mergePolicies, trimScriptHashes } from '../lib/security-headers.ts';

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        // Synchronous reads and writes: for a hundred small files, a fraction of the promise-based calls' cost.
        const policies = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.html'))
          .map((f) => {
            const original = readFileSync(path.join(distDir, f), 'utf8');
            const html = trimScriptHashes(original);
            if (html !== original) writeFileSync(path.join(distDir, f), html);
            const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
            if (!policy) throw new Error(`${f}: no content-security-policy <meta>; is security.csp on in astro.config.mjs?`);
            return policy.replace(/&#39;/g, "'");
          });
        writeFileSync(path.join(distDir, '_headers'), headersFile(mergePolicies(policies), base));
        logger.info(`Wrote _headers with the merged policy of ${policies.length} pages`);
      },
    },
  };
}

/** The site's name: also the group author in citations and structured data. */
export const SITE_NAME = 'Model Security Explained';

/**
 * Where the project's source lives and where readers report errors. Deployers set SITE_REPO_URL; the default is the
 * project's public repository. Pages link these from /about/, the footer and each explainer's "report an error" line.
 */
export const REPO_URL = (process.env['SITE_REPO_URL'] ?? 'https://github.com/model-security-explained/model-security-explained').replace(/\/$/, '');
/** New-issue form of the repository: the one place readers report an error. */
export const ISSUES_URL = `${REPO_URL}/issues/new`;

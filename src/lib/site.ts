/** The site's name: also the group author in citations and structured data. */
export const SITE_NAME = 'Model Security Explained';

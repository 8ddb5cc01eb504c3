/** schema.org Article data for an explainer: author, dates and the primary sources it cites. */
export interface ArticleInput {
  title: string;
  description: string;
  url: string;
  published: string;
  reviewed: string;
  image: string;
  citations: { title: string; publisher: string; url: string; date: string }[];
}

export function articleJsonLd(a: ArticleInput): string {
  const org = { '@type': 'Organization', name: 'Model Security Explained' };
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.description,
    url: a.url,
    mainEntityOfPage: a.url,
    image: a.image,
    datePublished: a.published,
    dateModified: a.reviewed,
    author: org,
    publisher: org,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    citation: a.citations.map((c) => ({ '@type': 'CreativeWork', name: c.title, publisher: c.publisher, url: c.url, datePublished: c.date })),
  };
  // Escape "<" so the JSON can never close the <script> element it sits in.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

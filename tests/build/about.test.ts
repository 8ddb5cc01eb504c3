/** /about/: who makes the site, how facts are checked, the corrections policy and how to report an error. */
import { describe, expect, it } from 'vitest';
import { readPage, select, selectAll, text } from '../support/dist.ts';
import { ISSUES_URL, REPO_URL } from '../../src/lib/site.ts';
import { QUOTE_STATUSES } from '../../src/lib/quote-status.ts';

describe('/about/', () => {
  const page = readPage('/about/');
  const article = select('article', page);
  const body = text(article);
  const hrefs = selectAll('article a[href]', page).map((a) => String(a.properties['href']));

  it('says who makes the site, under which licences, and links its repository', () => {
    expect(text(select('h2#who-makes-it', page))).toMatch(/Who makes it/);
    expect(hrefs).toContain(REPO_URL);
    expect(body).toMatch(/CC BY 4\.0/);
    expect(body).toMatch(/MIT licence/);
    expect(hrefs).toContain('https://creativecommons.org/licenses/by/4.0/');
  });

  it('explains how facts are checked, including every quote label and what it means', () => {
    expect(select('h2#how-we-check', page)).toBeTruthy();
    expect(body).toMatch(/primary document/);
    expect(body).toMatch(/word for word/);
    const terms = selectAll('dl.about__statuses dt', page).map((dt) => text(dt));
    expect(terms).toEqual(Object.values(QUOTE_STATUSES));
    for (const dd of selectAll('dl.about__statuses dd', page)) expect(text(dd).length).toBeGreaterThan(20);
  });

  it('sets out the corrections policy and where changes are logged', () => {
    expect(select('h2#corrections', page)).toBeTruthy();
    const kinds = selectAll('dl.about__kinds dt', page).map((dt) => text(dt));
    expect(kinds).toEqual(['Correction', 'Update', 'Clarification']);
    expect(hrefs).toContain('/changes/');
    expect(hrefs).toContain('/changes/rss.xml');
  });

  it('tells readers how to report an error, linking the issue tracker', () => {
    expect(select('h2#report-an-error', page)).toBeTruthy();
    expect(hrefs).toContain(ISSUES_URL);
  });

  it('keeps a space before every link in running text', () => {
    expect(body).not.toMatch(/[a-z](?:the project|our archived|the corrections|tell us|RSS feed)/);
  });
});

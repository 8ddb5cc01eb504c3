/**
 * The teaching kit (issue 15) in the built site: for every explainer with a kit
 * (content/teaching/<slug>.yaml), the quiz on the explainer, its reading level
 * and class time, the contents list, the teacher page and the handout; and the
 * /educators/ unit plan. Expected values come from the source files, not from
 * the pages under test.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readPage, select, selectAll, text, allPages } from '../support/dist.ts';
import { readingLevel } from '../../src/lib/reading-level.ts';
import type { Element, Root } from 'hast';

const root = path.resolve(import.meta.dirname, '../..');
interface Kit {
  lessonMinutes: number;
  lesson: { minutes: number }[];
  answerGuidance: unknown[];
  quiz: { question: string; options: string[]; answer: string; section: string }[];
  handoutFigure: { id: string; interactive?: boolean; columns?: 1 | 2 };
}
const slugs = readdirSync(path.join(root, 'content/teaching')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
const kit = (slug: string) => parseYaml(readFileSync(path.join(root, 'content/teaching', `${slug}.yaml`), 'utf8')) as Kit;
const mdx = (slug: string) => readFileSync(path.join(root, 'content/explainers', `${slug}.mdx`), 'utf8');
const frontmatter = (slug: string) => parseYaml(mdx(slug).split(/^---$/m)[1]!) as { title: string; summary: string; discussionQuestions: string[]; activity: { title: string } };
const squash = (s: string) => s.replace(/[‘’“”"']/g, '').replace(/\s+/g, ' ').trim();
const ids = (page: Root) => new Set(selectAll('[id]', page).map((e) => String(e.properties['id'])));

/** The page and fragment an internal href points at, checked against the built site. */
function expectResolves(href: string, from: string) {
  const url = new URL(href, `https://example.org${from}`);
  const target = readPage(url.pathname);
  if (url.hash) expect(ids(target).has(decodeURIComponent(url.hash.slice(1))), `${from} → ${href}`).toBe(true);
}

it('covers at least one explainer (the rest of the suite would pass vacuously otherwise)', () => {
  expect(slugs.length).toBeGreaterThan(0);
  for (const slug of slugs) expect(allPages()).toContain(`/explainers/${slug}/`);
});

describe.each(slugs)('teaching kit: %s', (slug) => {
  const explainer = readPage(`/explainers/${slug}/`);
  const k = kit(slug);
  const fm = frontmatter(slug);

  it('the explainer has a self-check quiz whose every question has exactly one correct option and a working section link', () => {
    const quiz = select('section.quiz', explainer)!;
    expect(quiz).toBeTruthy();
    const questions = selectAll('fieldset[data-quiz-question]', quiz);
    expect(questions.length).toBe(k.quiz.length);
    expect(questions.length).toBeGreaterThanOrEqual(5);
    expect(questions.length).toBeLessThanOrEqual(8);
    questions.forEach((q, i) => {
      const source = k.quiz[i]!;
      expect(squash(text(select('legend', q)))).toContain(squash(source.question));
      const radios = selectAll('input[type="radio"]', q);
      expect(radios.length).toBe(source.options.length);
      expect(new Set(radios.map((r) => r.properties['name'])).size, 'one radio group per question').toBe(1);
      const correct = radios.filter((r) => r.properties['dataCorrect'] !== undefined);
      expect(correct.length).toBe(1);
      // The marked option is the kit's answer, and the revealed explanation names it.
      const label = selectAll('label', q).find((l) => select('input[data-correct]', l));
      expect(squash(text(label))).toContain(squash(source.answer));
      expect(select('[role="status"]', q), 'a live region for feedback').toBeTruthy();
      const reveal = select('details', q)!;
      expect(squash(text(reveal))).toContain(squash(source.answer));
      const link = select('a', reveal)!;
      expect(link.properties['href']).toBe(`#${source.section}`);
      expect(ids(explainer).has(source.section), `#${source.section}`).toBe(true);
    });
  });

  it('the explainer shows its reading level, computed from its text, and the class time', () => {
    const level = readingLevel(mdx(slug));
    const shown = select('[data-reading-level]', explainer)!;
    expect(text(shown)).toContain(level.label);
    expect(Number(shown.properties['dataReadingLevel'])).toBe(level.grade);
    expect(level.grade).toBeGreaterThan(5);
    expect(level.grade).toBeLessThan(16);
    expect(text(select('[data-class-time]', explainer))).toContain(`${k.lessonMinutes} minutes`);
  });

  it('the contents list ends with the quiz, For educators and Cite this page, each an id on the page', () => {
    // The last three have no subsections, so they are the contents list's last three links.
    const last = selectAll('nav.toc a', explainer).slice(-3);
    expect(last.map((a) => text(a))).toEqual(['Check your understanding', 'For educators', 'Cite this page']);
    for (const a of last) expect(ids(explainer).has(String(a.properties['href']).slice(1))).toBe(true);
  });

  it('the educators block links the teacher notes and a "Print questions only" handout', () => {
    const block = select('section.educators', explainer)!;
    const hrefs = selectAll('a', block).map((a) => String(a.properties['href']));
    expect(hrefs).toContain(`/explainers/${slug}/teach/`);
    const print = select('a[data-print-questions]', block)!;
    expect(text(print)).toBe('Print questions only');
    expect(print.properties['href']).toBe(`/explainers/${slug}/handout/`);
  });

  describe('teacher page', () => {
    const page = readPage(`/explainers/${slug}/teach/`);
    const body = select('[data-pagefind-body]', page)!;

    it('is indexed for search as "Teacher notes", not as an explainer', () => {
      expect(body).toBeTruthy();
      expect(select('[data-pagefind-filter="kind:Teacher notes"]', page)).toBeTruthy();
      expect(select('[data-pagefind-filter="kind"]', page)).toBeFalsy();
    });

    it('gives the lesson with timings that add up to the stated length', () => {
      expect(text(select('#lesson', page))).toContain(`${k.lessonMinutes} minutes`);
      const times = selectAll('.teach__lesson .teach__time', page).map((t) => text(t));
      expect(times.length).toBe(k.lesson.length);
      expect(times[0]).toMatch(/^0–\d+ min$/);
      expect(times.at(-1)).toBe(`${k.lessonMinutes - k.lesson.at(-1)!.minutes}–${k.lessonMinutes} min`);
    });

    it('has sections to assign, misconceptions, answer guidance for every discussion question, the answer key and adaptations', () => {
      for (const id of ['assign', 'misconceptions', 'discussion', 'answer-key', 'adapt']) expect(select(`h2#${id}`, page), id).toBeTruthy();
      const guidance = selectAll('.teach__guidance > li', page);
      expect(guidance.length).toBe(fm.discussionQuestions.length);
      guidance.forEach((g, i) => expect(squash(text(g))).toContain(squash(fm.discussionQuestions[i]!)));
      const key = selectAll('.teach__key > li', page);
      expect(key.length).toBe(k.quiz.length);
      key.forEach((item, i) => expect(squash(text(select('.teach__correct', item)))).toBe(squash(`${k.quiz[i]!.answer} (correct)`)));
      expect(selectAll('.teach__adapt dt', page).map((d) => text(d).split(' ')[0])).toEqual(['Shorter', 'Longer', 'Younger']);
    });

    it('every link on it resolves to a page and an id that exist', () => {
      const links = selectAll('a[href^="/"]', body).map((a) => String(a.properties['href']));
      expect(links.filter((h) => h.startsWith(`/explainers/${slug}/#`)).length).toBeGreaterThan(10);
      for (const href of links) expectResolves(href, `/explainers/${slug}/teach/`);
    });
  });

  describe('handout', () => {
    const page = readPage(`/explainers/${slug}/handout/`);
    const handout = select('article.handout', page)!;

    it('has the title, the short answer, key terms with definitions, the figure, the questions, the activity and the quiz without answers', () => {
      expect(squash(text(select('h1', handout)))).toBe(squash(fm.title));
      expect(squash(text(handout))).toContain(squash(fm.summary));
      const terms = selectAll('.handout__terms dt', handout);
      expect(terms.length).toBeGreaterThanOrEqual(3);
      for (const dd of selectAll('.handout__terms dd', handout)) expect(text(dd).length).toBeGreaterThan(30);
      if (k.handoutFigure.interactive) {
        expect(select(`a[href="/explainers/${slug}/#${k.handoutFigure.id}"]`, handout)).toBeTruthy();
      } else {
        const figure = select(`figure[id="${k.handoutFigure.id}"]`, handout)!;
        expect(figure).toBeTruthy();
        // The whole figure as the explainer draws it: its caption and its body (SVG, or an HTML diagram).
        expect(select('figcaption', figure)).toBeTruthy();
        expect(text(figure).length).toBeGreaterThan(150);
        // A tall figure the kit asks to print in two columns carries the class the print styles use.
        expect(select('.handout__figure--columns', handout) !== undefined).toBe(k.handoutFigure.columns === 2);
      }
      const questions = selectAll('.handout__questions li', handout);
      expect(questions.length).toBe(fm.discussionQuestions.length);
      for (const q of questions) expect(selectAll('.handout__lines span', q).length).toBeGreaterThanOrEqual(3);
      expect(squash(text(handout))).toContain(squash(fm.activity.title));
      const check = selectAll('.handout__check > ol > li', handout);
      expect(check.length).toBe(k.quiz.length);
      expect(select('[data-correct], details', handout), 'no answers on the handout').toBeFalsy();
    });

    it('prints the explainer’s full address and is kept out of the search index', () => {
      const foot = text(select('.handout__foot', handout));
      expect(foot).toMatch(new RegExp(`https?://[^ ]+/explainers/${slug}/`));
      expect(select('[data-pagefind-body]', page)).toBeFalsy();
      expect(select('button[data-print][hidden]', page), 'print button, shown by script').toBeTruthy();
    });
  });
});

describe('/educators/', () => {
  const page = readPage('/educators/');

  it('plans a unit of at least four lessons, each with reading before, work in class and something to hand in', () => {
    const lessons = selectAll('ol.unit > li', page);
    expect(lessons.length).toBeGreaterThanOrEqual(4);
    for (const lesson of lessons) {
      expect(selectAll('dt', lesson).map((d) => text(d))).toEqual(['Before the lesson, read', 'In class', 'Hand in']);
      const reading = selectAll('dd a', lesson).map((a) => String(a.properties['href']));
      expect(reading.length).toBeGreaterThan(0);
      for (const href of reading) expectResolves(href, '/educators/');
    }
  });

  it('links every teacher page and handout', () => {
    const hrefs = selectAll('a', page).map((a) => String(a.properties['href']));
    for (const slug of slugs) {
      expect(hrefs).toContain(`/explainers/${slug}/teach/`);
      expect(hrefs).toContain(`/explainers/${slug}/handout/`);
    }
  });

  it('explains how to link one section and the licence in plain words', () => {
    expect(text(select('#linking', page))).toBeTruthy();
    const example = selectAll('a', page).find((a) => /\/explainers\/[^/]+\/#[a-z]/.test(String(a.properties['href'])) && text(a).startsWith('http'));
    expect(example, 'a worked example of a section address').toBeTruthy();
    const licence = text(page as unknown as Element);
    for (const words of ['CC BY 4.0', 'Copy and share', 'Adapt', 'give credit']) expect(licence).toContain(words);
  });
});

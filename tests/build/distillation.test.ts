import { describe, expect, it } from 'vitest';
import { explainerBasics, readPage, select, selectAll, text } from '../support/dist.ts';
import { expectFootnotesResolve, expectStatusNotes, expectDiagramFigure, expectTermsLinked, expectHighlighted } from '../support/explainer-checks.ts';

const slug = 'distillation';

describe('explainer: distillation', () => {
  const basics = explainerBasics(slug);
  const { page, quotes } = basics;

  it('quotes the seeds, including the “nearly impossible” and “greater threat” claims, each with a status', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    const neuralpress = quotes.filter((q) => q.properties['dataQuoteSource'] === 'neuralpress-mythos-breach');
    const quoted = neuralpress.map((q) => text(select('blockquote', q)));
    expect(quoted.some((t) => t.includes('nearly impossible to distinguish from legitimate use'))).toBe(true);
    expect(quoted.some((t) => t.includes('is a greater threat than weight theft'))).toBe(true);
    expectStatusNotes(quotes);
  });

  it('has a Python code block highlighted by Shiki, coloured for both themes by class', () => {
    const pre = select('article pre.code-block', page);
    expectHighlighted(pre, 'python');
    const code = text(pre);
    // The loss the prose explains: softened teacher and student, KL term, hard-label term, T² scaling.
    expect(code).toContain('def distillation_loss');
    expect(code).toContain('log_softmax(teacher_logits, T)');
    expect(code).toContain('log_softmax(student_logits, T)');
    expect(code).toContain('log_softmax(student_logits, 1.0)');
    expect(code).toContain('alpha * T**2 * soft_loss + (1 - alpha) * hard_loss');
  });

  it('has the pipeline figure with an accessible name and an SVG title and description', () => {
    const { figure, name, desc } = expectDiagramFigure(page, 'distillation-pipeline');
    expect(name).toMatch(/teacher/i);
    expect(name).toMatch(/student/i);
    expect(text(desc)).toMatch(/queries/i);
    expect(text(desc)).toMatch(/outputs/i);
    // On screen: four steps in order, each with what the attacker needs and what the provider can do.
    const steps = selectAll('ol.fig-steps > li', figure);
    expect(steps.map((s) => text(select('.fig-step__name', s)))).toEqual(['Teacher model, reached via its API', 'Queries', 'Outputs', 'Student model']);
    for (const s of steps) expect(selectAll('dt', s).map((dt) => text(dt))).toEqual(['Needs', 'Provider']);
    expect(selectAll('.fig-step__link', figure).map((l) => text(l))).toEqual(['queried with', 'answered with', 'used to train']);
  });

  it('dates the public allegations in an ordered timeline', () => {
    const timeline = select('figure#distillation-allegations', page);
    expect(timeline).toBeTruthy();
    const dates = selectAll('time', timeline!).map((t) => String(t.properties['dateTime']));
    expect(dates.length).toBeGreaterThanOrEqual(5);
    expect([...dates].sort()).toEqual(dates);
    expect(dates).toContain('2026-02-23');
  });

  it('carries the independent review’s corrections (2026-12-03)', () => {
    const body = text(select('article', page)).replace(text(select('.change-history', page)), '');
    // The work Hinton et al. build on.
    expect(body).toMatch(/Buciluǎ, Rich Caruana and Alexandru Niculescu-Mizil, who in 2006/);
    // The memo's wording on proxies is quoted, not paraphrased as if quoted.
    expect(body).toMatch(/[“"]tens of thousands of proxy accounts to evade detection[”"]/);
    expect(body).not.toMatch(/using tens of thousands of proxy accounts and jailbreaking techniques\./);
    // Company allegations are attributed in the leading sentences.
    expect(body).not.toMatch(/Distillation at scale has been detected, repeatedly, by the companies being targeted/);
    expect(body).toMatch(/By the providers['’] own accounts, the campaigns came through the front door/);
    // The watermark note separates copies of weights (traceable, as with miqu) from watermarks in answers (removable).
    const q = quotes.find((x) => text(select('blockquote', x)).includes('differential privacy or watermarking'));
    expect(q).toBeTruthy();
    const note = text(select('.quote__status', q));
    expect(note).toMatch(/watermark in a copy of the weights can help trace a leaked file/);
    expect(note).toMatch(/miqu/);
    expect(note).toMatch(/watermark in a model['’]s answers can be scrubbed before a student is trained/);
  });

  it('cites its sources: every footnote reference resolves to a note with a link', () => {
    const notes = expectFootnotesResolve(page, 44);
    for (const id of ['arXiv:1503.02531', 'arXiv:2403.06634', 'arXiv:2301.10226', 'USENIX Security', '10.1145/1150402.1150464']) expect(notes).toContain(id);
  });

  it('links its key terms to the glossary', () => {
    expectTermsLinked(page, ['distillation', 'soft-targets', 'softmax-temperature', 'model-extraction', 'distillation-attack', 'text-watermarking']);
    const glossary = readPage('/glossary/');
    expect(select('[id="term-distillation-attack"]', glossary)).toBeTruthy();
  });
});

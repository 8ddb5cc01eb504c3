import { describe, expect, it } from 'vitest';
import { apa, mla, chicago, bibtex } from '../../src/lib/citation.ts';

// One fixture, each style checked against a hand-made expected string.
const page = {
  title: 'Distillation and model extraction, explained',
  site: 'Model Security Explained',
  url: 'https://example.org/explainers/distillation/',
  published: '2026-06-20',
  reviewed: '2026-11-22',
  slug: 'distillation',
};

describe('cite this page', () => {
  it('APA 7', () => {
    expect(apa(page)).toBe('Model Security Explained. (2026, November 22). *Distillation and model extraction, explained*. https://example.org/explainers/distillation/');
  });
  it('MLA 9', () => {
    expect(mla(page)).toBe('"Distillation and model extraction, explained." *Model Security Explained*, 22 Nov. 2026, example.org/explainers/distillation/.');
  });
  it('Chicago', () => {
    expect(chicago(page)).toBe('Model Security Explained. "Distillation and model extraction, explained." Last modified November 22, 2026. https://example.org/explainers/distillation/.');
  });
  it('BibTeX', () => {
    expect(bibtex(page)).toBe(`@misc{mse-distillation,
  author = {{Model Security Explained}},
  title = {{Distillation and model extraction, explained}},
  year = {2026},
  month = nov,
  url = {https://example.org/explainers/distillation/},
  note = {Last reviewed 22 November 2026; licensed CC BY 4.0},
}`);
  });
});

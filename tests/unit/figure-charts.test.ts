/**
 * The interactive figures' charts keep their text at the figure's type size: the outer SVG has no viewBox (its
 * unit is the CSS pixel), x positions are percentages inside the chart, and nothing uses a style attribute (so a
 * content-security policy without 'unsafe-inline' styles cannot break them). Each chart also still says, in its
 * title and description, what it shows.
 */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { computeChartSvg } from '../../src/components/figures/compute-view.ts';
import { distillationChartSvg } from '../../src/components/figures/distillation-view.ts';
import { estimate } from '../../src/lib/training-compute.ts';
import { BUDGETS, agreementCurve } from '../../src/lib/distillation-sim.ts';

const parse = (html: string): Root => fromHtml(html, { fragment: true });
const prop = (el: Element, name: string) => String(el.properties[name] ?? '');

/** The outer chart: role img, named by its own title and description, no viewBox, no style attributes anywhere. */
function expectPixelChart(tree: Root): Element {
  const svg = select('svg.chart', tree)!;
  expect(svg).toBeTruthy();
  expect(prop(svg, 'role')).toBe('img');
  expect(svg.properties['viewBox']).toBeUndefined();
  expect(selectAll('[style]', tree)).toEqual([]);
  const [title, desc] = (svg.properties['ariaLabelledBy'] as string[]).map((id) => select(`[id="${id}"]`, svg));
  expect(title?.tagName).toBe('title');
  expect(desc?.tagName).toBe('desc');
  return svg;
}

/** Every x coordinate of the chart's own shapes and labels (not the nested, stretching line layer) as a % of its width. */
function percentages(svg: Element): number[] {
  const own = selectAll('text, circle, line', svg).filter((el) => !selectAll('svg svg *', svg).includes(el));
  return own.flatMap((el) => ['x', 'x1', 'x2', 'cx'].map((a) => el.properties[a]).filter((v) => v !== undefined).map(String))
    .filter((v) => v.endsWith('%'))
    .map((v) => Number.parseFloat(v));
}

describe('compute explorer chart', () => {
  it('is a pixel-unit SVG: labels for both thresholds and the model, all inside the width', () => {
    const tree = parse(computeChartSvg(estimate(7e10, 1.5e13), 'compute-explorer'));
    const svg = expectPixelChart(tree);
    const labels = selectAll('text', svg).map((t) => toString(t));
    expect(labels).toEqual(expect.arrayContaining(['US rule', 'EU AI Act', 'This model', '1020', '1028']));
    const xs = percentages(svg);
    expect(xs.length).toBeGreaterThan(10);
    expect(xs.every((x) => x >= 0 && x <= 100), xs.join(', ')).toBe(true);
    expect(toString(select('desc', svg)!)).toMatch(/6\.3 times 10 to the power 24.*below the US threshold/);
  });

  it('puts the model’s dot left of the EU line when below it, right of the US line when above it', () => {
    const dotAndRules = (e: ReturnType<typeof estimate>) => {
      const svg = select('svg.chart', parse(computeChartSvg(e, 'c')))!;
      const dot = Number.parseFloat(prop(select('circle.chart__dot--key', svg)!, 'cx'));
      const [us, eu] = selectAll('line.chart__rule', svg).map((l) => Number.parseFloat(prop(l, 'x1')));
      return { dot, us: us!, eu: eu! };
    };
    const small = dotAndRules(estimate(7e10, 1.5e13));
    expect(small.dot).toBeLessThan(small.eu);
    const big = dotAndRules(estimate(2e12, 2e13));
    expect(big.dot).toBeGreaterThan(big.us);
    // Far beyond the usual range, the scale widens so the dot stays inside.
    const huge = dotAndRules(estimate(1e15, 1e16));
    expect(huge.dot).toBeLessThanOrEqual(100);
  });
});

describe('distillation simulator chart', () => {
  const hard = agreementCurve(0);
  const soft = agreementCurve(4);

  it('is a pixel-unit SVG with a dot per budget and series, a label per budget, and lines in a stretching layer', () => {
    const tree = parse(distillationChartSvg(4, 8, soft, hard, 'distillation-simulator'));
    const svg = expectPixelChart(tree);
    expect(selectAll('circle.chart__dot--hard', svg)).toHaveLength(BUDGETS.length);
    expect(selectAll('circle.chart__dot--soft', svg)).toHaveLength(BUDGETS.length);
    const labels = selectAll('text', svg).map((t) => toString(t));
    for (const b of BUDGETS) expect(labels).toContain(String(b));
    expect(labels).toEqual(expect.arrayContaining(['40%', '100%']));
    const layer = select('svg svg', svg)!;
    expect(prop(layer, 'preserveAspectRatio')).toBe('none');
    expect(selectAll('polyline', layer)).toHaveLength(2);
    const xs = percentages(svg);
    expect(xs.length).toBeGreaterThan(20);
    expect(xs.every((x) => x >= 0 && x <= 100), xs.join(', ')).toBe(true);
    expect(toString(select('.chart__legend', tree)!)).toBe('Hard labelsSoft, T = 4');
  });

  it('draws hard labels alone when the teacher returns only its top class', () => {
    const tree = parse(distillationChartSvg(0, 8, hard, hard, 'd'));
    expectPixelChart(tree);
    expect(selectAll('.chart__dot--soft, .chart__series--soft', tree)).toEqual([]);
    expect(toString(select('.chart__legend', tree)!)).toBe('Hard labels');
  });
});

import { describe, expect, it } from 'vitest';
import { checkEveryExplainerHasKit, checkKitLinks, checkKitsMatch, componentFigureIds, figureIds, lessonTimings, prefixedTitle, teachingDir, teachingPolicy, termsUsed } from '../../src/lib/teaching.ts';
import { termKey } from '../../src/lib/terms.ts';

const full = { everyExplainerNeedsKit: true, kitsMustMatchExplainers: true };

describe('where kits come from', () => {
  it('reads content/teaching for the real site, nothing for another explainer folder unless told', () => {
    expect(teachingDir({})).toBe('./content/teaching');
    expect(teachingDir({ SITE_CONTENT_DIR: '/tmp/synthetic' })).toBeUndefined();
    expect(teachingDir({ SITE_CONTENT_DIR: '/tmp/synthetic', SITE_TEACHING_DIR: '/tmp/kits' })).toBe('/tmp/kits');
    expect(teachingPolicy({})).toEqual(full);
    expect(teachingPolicy({ SITE_CONTENT_DIR: '/tmp/synthetic' })).toEqual({ everyExplainerNeedsKit: false, kitsMustMatchExplainers: false });
    expect(teachingPolicy({ SITE_EXPLAINERS: 'weight-theft.mdx' })).toEqual({ everyExplainerNeedsKit: false, kitsMustMatchExplainers: false });
    expect(teachingPolicy({ SITE_EXPLAINERS: '**/*.mdx', SITE_TEACHING_DIR: './content/teaching-fixture' })).toEqual(full);
  });
});

describe('kit rules', () => {
  const explainers = [{ id: 'a', discussionQuestions: 3 }, { id: 'b', discussionQuestions: 4 }];
  const kit = (id: string, answerGuidance: number, lessonTotal = 50) => ({ id, answerGuidance, lessonMinutes: 50, lessonTotal, links: [] });

  it('a kit must name an explainer and answer each of its discussion questions', () => {
    expect(checkKitsMatch(explainers, [kit('a', 3), kit('b', 4)], full)).toEqual([]);
    const problems = checkKitsMatch(explainers, [kit('a', 2), kit('zz', 3)], full);
    expect(problems[0]).toMatch(/^content\/teaching\/a\.yaml: `answerGuidance` has 2 entries but the explainer has 3 discussion questions/);
    expect(problems[1]).toMatch(/^content\/teaching\/zz\.yaml: a teaching kit for "zz", which is not an explainer\. .*\(a, b\)/);
    expect(checkKitsMatch(explainers, [kit('zz', 3)], { ...full, kitsMustMatchExplainers: false })).toEqual([]);
    expect(checkKitsMatch(explainers, [kit('a', 3, 45)], full)).toEqual(['content/teaching/a.yaml: the lesson steps add up to 45 minutes but `lessonMinutes` is 50. Make them agree.']);
  });

  it('every explainer needs a kit, unless the policy says kits are not read', () => {
    const files = [{ slug: 'a', file: 'content/explainers/a.mdx' }, { slug: 'b', file: 'content/explainers/b.mdx' }];
    expect(checkEveryExplainerHasKit(files, new Set(['a']), full)).toEqual([
      'content/explainers/b.mdx: this explainer has no teaching kit. Add content/teaching/b.yaml (copy an existing kit and rewrite it for this page; every field is described in src/content.config.ts).',
    ]);
    expect(checkEveryExplainerHasKit(files, new Set(), { ...full, everyExplainerNeedsKit: false })).toEqual([]);
  });

  it('names the field and suggests ids when a kit links a section that does not exist', () => {
    const problems = checkKitLinks({ id: 'a', answerGuidance: 3, lessonMinutes: 50, lessonTotal: 50, links: [{ field: 'quiz[2].section', id: 'what-are-weights' }, { field: 'assign[0].section', id: 'ok' }] }, new Set(['ok', 'what-are-model-weights']));
    expect(problems).toEqual(['content/teaching/a.yaml: quiz[2].section links "#what-are-weights", which is not a section or figure of /explainers/a/. Did you mean: what-are-model-weights?']);
  });
});

describe('reading the explainer source', () => {
  it('finds figure ids written in MDX and the ids figure components render', () => {
    const components = componentFigureIds({
      '../components/diagrams/SecurityLevels.astro': '---\n/** <DiagramFigure id="not-this"> */\nimport D from "./D.astro";\n---\n<D\n  id="security-levels"\n  title="t">',
      '../components/figures/ComputeExplorer.astro': "---\nconst id = 'compute-explorer';\n---\n<figure id={id}>",
    });
    expect(components).toEqual({ SecurityLevels: 'security-levels', ComputeExplorer: 'compute-explorer' });
    const body = '<Figure id="levels" caption="Five levels: more">x</Figure>\n<Timeline\n  id="cases"\n  title="Cases"\n/>\n<SecurityLevels />\n<ComputeExplorer parameters="70B" />\n<Term>x</Term>';
    expect(figureIds(body, components)).toEqual([
      { id: 'levels', title: 'Figure: Five levels' },
      { id: 'cases', title: 'Figure: Cases' },
      { id: 'security-levels', title: 'Figure' },
      { id: 'compute-explorer', title: 'Interactive figure' },
    ]);
  });

  it('lists glossary terms in order of first use, once each', () => {
    expect(termsUsed('<Term>Model weights</Term> and <Term id="insider-threat">insiders</Term>, <Term>model weights</Term>', termKey)).toEqual(['model-weights', 'insider-threat']);
  });

  it('times lesson steps from zero', () => {
    expect(lessonTimings([{ minutes: 5 }, { minutes: 10 }]).map((s) => [s.from, s.to])).toEqual([[0, 5], [5, 15]]);
  });
});

describe('prefixedTitle', () => {
  it('keeps page titles within 70 characters', () => {
    expect(prefixedTitle('Handout', 'Distillation')).toBe('Handout: Distillation');
    expect(prefixedTitle('Teacher notes', 'Model weight theft: how AI models are stolen and guarded, and what it costs')).toBe('Teacher notes: Model weight theft');
    expect(prefixedTitle('Teacher notes', 'x'.repeat(80)).length).toBe(70);
  });
});

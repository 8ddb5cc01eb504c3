// The explainer frontmatter of a generated page, valid for src/content.config.ts. Used by bench/synthetic.ts
// and by ../shared/bench/side-by-side.sh (which looks for this file): keep it in step with the schema's
// required fields. Default export: ({ title, description, index }) => YAML without the --- fences.
const q = (s) => JSON.stringify(s);

export default function peerFrontmatter({ title, description, index }) {
  return [
    `title: ${q(title.slice(0, 70).padEnd(10, '.'))}`,
    `description: ${q(description.slice(0, 220).padEnd(50, '.'))}`,
    `summary: ${q('A generated page used to measure build cost and page weight; it has headings, lists, code in several languages, a table, a figure, a timeline, block quotes, checked quotes, glossary terms and footnotes like a real page.')}`,
    'topic: the-case',
    `order: ${100 + index}`,
    'published: 2026-11-22',
    'reviewed: 2026-11-22',
    'learningObjectives: [Explain what the benchmark measures, Describe how build time grows, Compare costs per page]',
    'discussionQuestions: [How many pages will the site have?, What costs grow with pages?, What should stay constant?]',
    'activity: { title: Measure, instructions: "Run the benchmark twice and compare the build seconds per page for each size." }',
    'furtherReading:',
    '  - { title: "Report one", publisher: Example, date: "2024", url: "https://example.org/one", why: "A synthetic reference for the benchmark." }',
    '  - { title: "Report two", publisher: Example, date: "2024", url: "https://example.org/two", why: "A synthetic reference for the benchmark." }',
  ].join('\n');
}

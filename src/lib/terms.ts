/**
 * Glossary ids. `<Term>Model weights</Term>` links to the glossary entry whose
 * file is content/glossary/model-weights.yaml; `<Term id="model-weights">weights</Term>`
 * names the entry when the visible words differ.
 */
export function termKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function glossaryAnchor(id: string): string {
  return `term-${id}`;
}

/**
 * Rules that span entries, which a per-file schema cannot see. Each failure
 * names the file and what to change.
 */
export interface ExplainerRef {
  id: string;
  filePath?: string | undefined;
  related: string[];
}

export function checkRelated(explainers: readonly ExplainerRef[]): void {
  const ids = new Set(explainers.map((e) => e.id));
  const problems = explainers.flatMap((e) =>
    e.related
      .filter((slug) => !ids.has(slug) || slug === e.id)
      .map((slug) =>
        slug === e.id
          ? `${e.filePath ?? e.id}: \`related\` lists the explainer itself ("${slug}").`
          : `${e.filePath ?? e.id}: \`related\` names "${slug}", which is not an explainer. Known: ${[...ids].sort().join(', ')}.`,
      ),
  );
  if (problems.length) throw new Error(`Invalid related explainers:\n  ${problems.join('\n  ')}`);
}

/** Two files must not claim the same URL. `slugs` maps each file to the slug it would publish at. */
export function checkUniqueSlugs(files: ReadonlyArray<{ file: string; slug: string }>): void {
  const seen = new Map<string, string>();
  for (const { file, slug } of files) {
    const other = seen.get(slug);
    if (other) throw new Error(`${file}: duplicate slug "${slug}", already used by ${other}. Rename one file or change its \`slug\`.`);
    seen.set(slug, file);
  }
}

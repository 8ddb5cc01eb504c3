/**
 * The /search/ page's filters: one group of checkboxes per filter (topic,
 * kind), each value with its number of results, inside a disclosure that is
 * open on wide screens and closed on phones (where it would otherwise fill the
 * first screen). A custom component of Pagefind's Component UI: it reads the
 * instance's filter counts and sets its filters.
 */
import type { FilterCounts, PagefindInstance } from './load-search.ts';

const LABELS: Record<string, string> = { topic: 'Topic', kind: 'Kind of page' };

export function createFilters(instance: PagefindInstance, order: readonly string[]): HTMLDetailsElement {
  const details = document.createElement('details');
  details.className = 'search-filters';
  details.open = matchMedia('(min-width: 50rem)').matches;
  const summary = document.createElement('summary');
  summary.textContent = 'Filters';
  const chosen = document.createElement('span');
  chosen.className = 'search-filters__chosen';
  summary.append(' ', chosen);
  const groups = document.createElement('div');
  groups.className = 'search-filters__groups';
  details.append(summary, groups);

  let selected: Record<string, string[]> = {};
  // The index may have loaded (and announced its filters) before this was built: start from what it knows.
  let counts: FilterCounts = { available: instance.availableFilters, total: instance.totalFilters };
  const draw = () => {
    const source = counts.available ?? counts.total ?? {};
    const names = [...order.filter((n) => n in source), ...Object.keys(source).filter((n) => !order.includes(n))];
    groups.replaceChildren(
      ...names.map((name) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = LABELS[name] ?? name;
        fieldset.append(legend);
        const values = Object.entries(counts.total?.[name] ?? source[name] ?? {}).sort(([a], [b]) => a.localeCompare(b));
        for (const [value] of values) {
          const count = source[name]?.[value] ?? 0;
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.checked = selected[name]?.includes(value) ?? false;
          box.addEventListener('change', () => {
            const now = new Set(selected[name] ?? []);
            if (box.checked) now.add(value);
            else now.delete(value);
            instance.triggerFilter(name, [...now]);
          });
          const number = document.createElement('span');
          number.className = 'search-filters__count';
          number.textContent = String(count);
          label.append(box, ` ${value} `, number);
          if (!count && !box.checked) label.classList.add('search-filters__none');
          fieldset.append(label);
        }
        return fieldset;
      }),
    );
    const n = Object.values(selected).flat().length;
    chosen.textContent = n ? `(${n} on)` : '';
  };
  instance.on('filters', (c) => {
    counts = c;
    draw();
  });
  instance.on('search', (_term, filters) => {
    selected = Object.fromEntries(Object.entries(filters ?? {}).map(([k, v]) => [k, [...v]]));
    draw();
  });
  draw();
  return details;
}

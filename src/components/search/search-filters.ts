/**
 * The /search/ page's filters: one group of checkboxes per filter (topic,
 * kind), each value with its number of results, inside a disclosure that is
 * open on wide screens and closed on phones (where it would otherwise fill the
 * first screen). Checkboxes are updated in place, never redrawn, so the one a
 * keyboard reader just ticked keeps focus while the results change.
 */
import { element } from './render-result.ts';
import type { FilterCounts, Filters } from './load-search.ts';

const LABELS: Record<string, string> = { topic: 'Topic', kind: 'Kind of page' };

export interface FilterPanel {
  element: HTMLDetailsElement;
  /** `counts`: results per value for the current search; `values`: every value there is; `selected`: what is ticked. */
  update(counts: FilterCounts, values: FilterCounts, selected: Filters): void;
}

export function createFilters(order: readonly string[], onChange: (selected: Filters) => void): FilterPanel {
  const details = element('details', 'search-filters');
  details.open = matchMedia('(min-width: 50rem)').matches;
  const summary = element('summary', '', 'Filters');
  const chosen = element('span', 'search-filters__chosen');
  summary.append(' ', chosen);
  const groups = element('div', 'search-filters__groups');
  details.append(summary, groups);
  const boxes = new Map<string, { box: HTMLInputElement; label: HTMLLabelElement; count: HTMLElement }>();
  const fieldsets = new Map<string, HTMLFieldSetElement>();

  const selection = (): Filters => {
    const out: Filters = {};
    for (const [key, { box }] of boxes) {
      if (!box.checked) continue;
      const [name, value] = key.split('\u0000') as [string, string];
      (out[name] ??= []).push(value);
    }
    return out;
  };

  function group(name: string): HTMLFieldSetElement {
    let fieldset = fieldsets.get(name);
    if (!fieldset) {
      fieldset = element('fieldset');
      fieldset.append(element('legend', '', LABELS[name] ?? name));
      fieldsets.set(name, fieldset);
      groups.append(fieldset);
    }
    return fieldset;
  }

  return {
    element: details,
    update(counts, values, selected) {
      const names = [...order.filter((n) => n in values), ...Object.keys(values).filter((n) => !order.includes(n))];
      for (const name of names) {
        for (const value of Object.keys(values[name] ?? {}).sort((a, b) => a.localeCompare(b))) {
          const key = `${name}\u0000${value}`;
          let entry = boxes.get(key);
          if (!entry) {
            const box = element('input');
            box.type = 'checkbox';
            box.addEventListener('change', () => onChange(selection()));
            const label = element('label');
            const count = element('span', 'search-filters__count');
            label.append(box, ` ${value} `, count);
            group(name).append(label);
            entry = { box, label, count };
            boxes.set(key, entry);
          }
          const n = counts[name]?.[value] ?? 0;
          entry.box.checked = selected[name]?.includes(value) ?? false;
          entry.count.textContent = String(n);
          entry.label.classList.toggle('search-filters__none', !n && !entry.box.checked);
        }
      }
      const on = Object.values(selected).flat().length;
      chosen.textContent = on ? `(${on} on)` : '';
    },
  };
}

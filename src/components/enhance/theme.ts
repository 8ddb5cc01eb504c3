/**
 * The theme picker: Auto (follow the system), Light or Dark. The choice is stored in localStorage and applied
 * before first paint by the inline script in ThemeScript.astro; this wires the select, which always shows the
 * active choice. Without JavaScript the picker is not shown (CSS keys on the "js" class that theme-init.js sets)
 * and the page follows the system.
 */
export const THEME_KEY = 'mse-theme';
type Choice = 'auto' | 'light' | 'dark';

export function enhanceThemeToggle(): void {
  const picker = document.querySelector<HTMLElement>('[data-theme-picker]');
  const select = picker?.querySelector<HTMLSelectElement>('[data-theme-select]');
  if (!picker || !select) return;
  const root = document.documentElement;
  select.value = (root.dataset['theme'] as Choice | undefined) ?? 'auto';
  select.addEventListener('change', () => {
    const choice = select.value as Choice;
    if (choice === 'auto') delete root.dataset['theme'];
    else root.dataset['theme'] = choice;
    try {
      if (choice === 'auto') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, choice);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  });
}

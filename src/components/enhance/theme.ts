/**
 * The theme toggle. The choice is stored in localStorage and applied before
 * first paint by the inline script in ThemeScript.astro; this only wires the button.
 */
export const THEME_KEY = 'mse-theme';

export function enhanceThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  button.hidden = false;
  const current = () =>
    (document.documentElement.dataset['theme'] as 'light' | 'dark' | undefined) ??
    (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  const show = () => {
    // A toggle with a constant label and a pressed state: "Dark theme", pressed or not.
    button.setAttribute('aria-pressed', String(current() === 'dark'));
  };
  button.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    show();
  });
  show();
}

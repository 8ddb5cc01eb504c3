/**
 * Upgrades the header search form to Pagefind's Component UI the first time
 * the reader focuses it or presses "/", and marks search hits on a page opened
 * from a result (?highlight=…). Until then nothing is downloaded.
 */
import { loadModule } from '../search/start-search.ts';

export function enhanceSiteSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-site-search]');
  if (!form) return;
  const bundle = form.dataset['bundle'] ?? '/pagefind/';
  const input = form.querySelector('input');
  if (!input) return;
  let upgrading: Promise<void> | undefined;
  const upgrade = () => (upgrading ??= upgradeForm(form, input, bundle));
  form.addEventListener('focusin', upgrade, { once: true });
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typing && document.contains(form)) {
      e.preventDefault();
      input.focus();
    }
  });
  if (new URLSearchParams(location.search).has('highlight')) {
    loadModule(`${bundle}pagefind-highlight.js`)
      .then(() => new (window as unknown as { PagefindHighlight: new (o: object) => unknown }).PagefindHighlight({ highlightParam: 'highlight' }))
      .catch(() => undefined);
  }
}

async function upgradeForm(form: HTMLFormElement, input: HTMLInputElement, bundle: string): Promise<void> {
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = `${bundle}pagefind-component-ui.css`;
  document.head.append(css);
  await loadModule(`${bundle}pagefind-component-ui.js`);
  const config = document.createElement('pagefind-config');
  config.setAttribute('bundle-path', bundle);
  config.setAttribute('base-url', form.dataset['base'] ?? '/');
  config.setAttribute('highlight-param', 'highlight');
  const box = document.createElement('pagefind-searchbox');
  box.className = 'site-search site-search--live';
  box.setAttribute('placeholder', 'Search the explainers');
  box.setAttribute('show-sub-results', 'true');
  box.setAttribute('shortcut', '/');
  // The download can outlast the reader's stay in the box: take focus along only if it is still there.
  const keepFocus = form.contains(document.activeElement);
  form.replaceWith(config, box);
  let live: HTMLInputElement | null = null;
  for (let i = 0; i < 100 && !(live = box.querySelector('input')); i++) await new Promise((r) => setTimeout(r, 20));
  if (!live) return;
  live.setAttribute('aria-label', 'Search the explainers');
  live.value = input.value;
  if (keepFocus) live.focus();
  if (input.value) live.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Previews for glossary terms and footnote references: shown on hover AND on
 * keyboard focus, dismissed with Escape, and kept open while the pointer is
 * over them (WCAG 1.4.13). Term definitions are in the HTML already (linked by
 * aria-describedby, so screen readers announce them with or without
 * JavaScript); footnote previews are built here from the notes at the end.
 */
export function enhancePreviews(): void {
  for (const ref of document.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref]')) addFootnotePreview(ref);
  for (const wrapper of document.querySelectorAll<HTMLElement>('[data-preview]')) wire(wrapper);
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    for (const open of document.querySelectorAll<HTMLElement>('[data-preview].is-open')) open.classList.remove('is-open');
  });
}

function addFootnotePreview(ref: HTMLAnchorElement): void {
  const note = document.getElementById(decodeURIComponent(ref.hash.slice(1)));
  const wrapper = ref.parentElement;
  if (!note || !wrapper) return;
  const preview = document.createElement('span');
  preview.className = 'preview';
  preview.id = `preview-${ref.id || note.id}`;
  preview.setAttribute('role', 'tooltip');
  const body = note.cloneNode(true) as HTMLElement;
  body.querySelectorAll('[data-footnote-backref]').forEach((b) => b.remove());
  body.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  preview.textContent = body.textContent?.trim() ?? '';
  wrapper.append(preview);
  wrapper.dataset['preview'] = '';
  wrapper.classList.add('has-preview');
  ref.setAttribute('aria-describedby', preview.id);
}

function wire(wrapper: HTMLElement): void {
  const open = () => wrapper.classList.add('is-open');
  const close = () => wrapper.classList.remove('is-open');
  wrapper.addEventListener('mouseenter', open);
  wrapper.addEventListener('mouseleave', close);
  wrapper.addEventListener('focusin', open);
  wrapper.addEventListener('focusout', close);
}

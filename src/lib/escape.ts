/** Escapes text for HTML or SVG markup built as a string (figures, Open Graph cards). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

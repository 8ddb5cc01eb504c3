/** What the on-demand search code (search-ui.client.ts) offers the inline enhancement script. */
export interface SiteSearchApi {
  openDialog(options: { bundle: string; base: string; searchPage: string; returnFocus: HTMLElement | null }): Promise<void>;
  startPage(app: HTMLElement): Promise<void>;
}
declare global {
  interface Window { siteSearch?: SiteSearchApi }
}

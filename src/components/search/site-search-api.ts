export interface DialogOptions {
  bundle: string;
  base: string;
  /** Absolute URL of /search/. */
  searchPage: string;
  /** Where focus goes when the dialog closes. */
  returnFocus: HTMLElement | null;
  /** The element focused when the reader asked for search: if focus has moved since, the dialog does not open. */
  focusedWhenAsked?: Element | null;
  /** What the reader typed while the search code loaded ("/" then words at once): it goes into the field. */
  typedSoFar?: () => string;
}

/** What the on-demand search code offers the inline enhancement script: dialog.client.ts and page.client.ts each add theirs. */
export interface SiteSearchApi {
  openDialog?(options: DialogOptions): Promise<void>;
  startPage?(app: HTMLElement): Promise<void>;
}
declare global {
  interface Window { siteSearch?: SiteSearchApi }
}

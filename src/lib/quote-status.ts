/** How a quoted claim stands against the record, and how the page labels it. */
export const QUOTE_STATUSES = {
  unconfirmed: 'Reported, not confirmed',
  outdated: 'Outdated',
  wrong: 'Wrong',
  misleading: 'Misleading',
  speculative: 'Speculation',
  unsupported: 'No source given',
  accurate: 'Consistent with the record',
} as const;

export type QuoteStatus = keyof typeof QUOTE_STATUSES;
export const QUOTE_STATUS_IDS = Object.keys(QUOTE_STATUSES) as [QuoteStatus, ...QuoteStatus[]];

/** The site's topics: the id used in frontmatter and filters, and the label readers see. */
export const TOPICS = {
  'the-case': 'The Mythos reports',
  'weight-theft': 'Weight theft',
  distillation: 'Distillation and extraction',
  'export-controls': 'Export controls',
  'sec-disclosure': 'SEC disclosure',
  'nist-ai-rmf': 'NIST AI RMF',
  jailbreaks: 'Jailbreaks and safeguards',
  'open-weights': 'Open and closed models',
  'safety-frameworks': 'Safety frameworks and laws',
} as const;

export type TopicId = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as [TopicId, ...TopicId[]];

export function topicLabel(id: TopicId): string {
  return TOPICS[id];
}

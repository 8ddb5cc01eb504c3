/**
 * The explainers' diagrams. Every export here is an MDX component on every explainer page (spread into the
 * components of src/pages/explainers/[slug].astro), so adding a diagram is one line here and one line in the MDX.
 */
export { default as SecurityLevels } from './SecurityLevels.astro';
export { default as RmfFunctions } from './RmfFunctions.astro';
export { default as DisclosureClock } from './DisclosureClock.astro';
export { default as SourceChain } from './SourceChain.astro';
export { default as DistillationPipeline } from './DistillationPipeline.astro';
export { default as ReleaseGradient } from './ReleaseGradient.astro';
export { default as SafeguardPipeline } from './SafeguardPipeline.astro';
export { default as FrameworkComparison } from './FrameworkComparison.astro';

/** The notes popover, loaded on demand by peek-loader.ts (bundled to /_enhance/peek.js by the figure-scripts integration). */
import { installPeek } from './peek.ts';

installPeek();

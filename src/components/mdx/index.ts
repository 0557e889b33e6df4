import Callout from './Callout.astro';
import Figure from './Figure.astro';
import IdChecker from '../../islands/id-check/IdChecker.astro';
import Mockup from './Mockup.astro';
import Steps from './Steps.astro';
import Ui from './Ui.astro';
import Variant from './Variant.astro';

/** The components every article may use without importing them (documented in CONTRIBUTING.md). */
export const mdxComponents = { Callout, Figure, IdChecker, Mockup, Steps, Ui, Variant };

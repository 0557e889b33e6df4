import Callout from './Callout.astro';
import Figure from './Figure.astro';
import IdChecker from '../../islands/id-check/IdChecker.astro';
import Mockup from './Mockup.astro';
import Rule from './Rule.astro';
import Steps from './Steps.astro';
import SupportMessage from '../../islands/support-message/SupportMessage.astro';
import Table from './Table.astro';
import Ui from './Ui.astro';
import Variant from './Variant.astro';

/** The components every article may use without importing them (documented in CONTRIBUTING.md), and the HTML elements they replace. */
export const mdxComponents = { Callout, Figure, IdChecker, Mockup, Rule, Steps, SupportMessage, Ui, Variant, table: Table };

// Heading ids from the heading's plain text, as the author wrote it. Typesetting puts non-breaking
// spaces and typographic dashes into headings; an id made after it would differ from the slug every
// link uses (`#you-cannot-open-the-inbox` would become `#you-cannot-open-theinbox`).
import GithubSlugger from 'github-slugger';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** The plugin for `satteri({ hastPlugins: [headingIdsPlugin, typesetPlugin] })`: one slugger per document, so repeated headings get `-1`, `-2` as before. */
export const headingIdsPlugin: HastPluginEntry = () => {
  const slugger = new GithubSlugger();
  return defineHastPlugin({
    name: 'heading-ids-from-source',
    element: {
      filter: headings,
      visit(node, ctx) {
        if (typeof node.properties?.id === 'string') return;
        ctx.setProperty(node, 'id', slugger.slug(ctx.textContent(node)));
      },
    },
  });
};

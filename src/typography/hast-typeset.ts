// A hast step for article bodies (Sätteri, Astro's Markdown engine): typeset every text node in the
// article's language, and let web addresses wrap only after their slashes. Components typeset their own visible props (Callout title, Figure caption, Ui tr).
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { typeset } from './typeset.ts';
import { compoundRuns, urlBreakRuns } from './url-breaks.ts';

// Code is shown exactly as typed.
const verbatim = new Set(['code', 'pre', 'kbd', 'samp']);

/** The language of an article from its file path (`…/content/<lang>/…`), if it has one. */
export function languageOfPath(path: string | undefined): Locale | undefined {
  const parts = (path ?? '').split(/[\\/]/);
  const at = parts.lastIndexOf('content');
  const lang = at >= 0 ? parts[at + 1] : undefined;
  return isLocale(lang) ? lang : undefined;
}

/** The plugin for `satteri({ hastPlugins: [typesetPlugin] })`: the language is read once per document, and files outside `content/<lang>/` get no plugin at all. */
export const typesetPlugin: HastPluginEntry = ({ fileURL }) => {
  const lang = fileURL ? languageOfPath(fileURLToPath(fileURL)) : undefined;
  if (!lang) return undefined;
  return defineHastPlugin({
    name: 'typeset',
    text(node, ctx) {
      let exact = false;
      for (let parent = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent as never)) {
        if (parent.type === 'element' && verbatim.has(parent.tagName)) exact = true;
      }
      const value = exact ? node.value : typeset(node.value, lang);
      // A web address to type by hand may wrap only after its slashes: <wbr> there, nothing copied with it. A short
      // hyphenated word ("e-postadress") is kept on one line, in prose only: code is shown as typed.
      const nodes = urlBreakRuns(value).flatMap((run, i) => [
        ...(i > 0 ? [{ type: 'element' as const, tagName: 'wbr', properties: {}, children: [] }] : []),
        ...(exact ? [{ text: run, whole: false }] : compoundRuns(run)).map((part) =>
          part.whole ? { type: 'element' as const, tagName: 'span', properties: { className: ['nobr'] }, children: [{ type: 'text' as const, value: part.text }] } : { type: 'text' as const, value: part.text },
        ),
      ]);
      if (nodes.length > 1) {
        ctx.replaceNode(node, nodes);
        return;
      }
      if (value !== node.value) return { ...node, value };
    },
  });
};

// The dev server's content check: when a file under the content tree is saved, it runs every rule of
// `npm run validate` (checkAll) and shows that file's problems in the terminal and in the browser's error
// overlay. The overlay is sent again to each page that loads while the file still has errors, since saving
// an article reloads the page.
import { relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { routeMap } from '../../src/utils/route-map.ts';
import { checkAll } from './check-all.ts';
import { overlayError, problemsOfFile, shownPath, terminalReport, type OverlayError } from './dev-check.ts';

/** Where the check reads from; the defaults are the project's. */
export interface DevCheckOptions {
  contentRoot?: string;
  localesDir?: string;
}

/** The Vite plugin; `configureServer` is its only hook. */
export function contentCheckPlugin({ contentRoot = process.env.CONTENT_DIR ?? 'content', localesDir = 'src/i18n' }: DevCheckOptions = {}): Plugin {
  return {
    name: 'content-check',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      const root = resolve(contentRoot);
      const shown = new Map<string, OverlayError>();
      const check = (file: string) => {
        if (!file.startsWith(root + sep) || !/\.(mdx|ya?ml)$/.test(file)) return;
        const path = shownPath(contentRoot, relative(root, file));
        const problems = problemsOfFile(checkAll({ contentRoot, localesDir, routeMap }).problems, path);
        const report = terminalReport(path, problems);
        if (problems.some((p) => p.level === 'error')) server.config.logger.error(report, { timestamp: true });
        else if (problems.length) server.config.logger.warn(report, { timestamp: true });
        else server.config.logger.info(report, { timestamp: true });
        const error = overlayError(path, file, problems);
        if (error) {
          shown.set(file, error);
          server.ws.send({ type: 'error', err: error });
        } else shown.delete(file);
      };
      server.watcher.add(root);
      server.watcher.on('change', check);
      server.watcher.on('add', check);
      server.ws.on('vite:client:connect', (_data, client) => {
        for (const err of shown.values()) client.send({ type: 'error', err });
      });
    },
  };
}

/** The Astro integration: adds the plugin to `astro dev` only. */
export function contentCheck(options: DevCheckOptions = {}): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') updateConfig({ vite: { plugins: [contentCheckPlugin(options)] } });
      },
    },
  };
}

// What the dev server shows when an editor saves a file of the content tree: the problems `npm run validate`
// finds in that file, as terminal lines and as Vite's error overlay. Pure: dev-check-plugin.ts wires it in.
import { formatProblem, type Problem } from './content-rules.ts';

/** The error Vite's client shows in its overlay (Astro draws it in its own style). */
export interface OverlayError {
  message: string;
  stack: string;
  id: string;
  plugin: string;
  loc?: { file: string; line: number; column: number };
}

/** The path validate shows for a file under the content root (`content/en/faq.mdx`), given its path from that root. */
export function shownPath(contentRoot: string, fromRoot: string): string {
  return `${contentRoot.replace(/\/+$/, '')}/${fromRoot.split('\\').join('/')}`;
}

/** The problems of one file, errors first, in line order. */
export function problemsOfFile(problems: readonly Problem[], shown: string): Problem[] {
  const mine = problems.filter((p) => p.file === shown);
  return [...mine.filter((p) => p.level === 'error'), ...mine.filter((p) => p.level === 'warning')];
}

/** The terminal report for a saved file: each problem as validate prints it, or that it passes. */
export function terminalReport(shown: string, problems: readonly Problem[]): string {
  if (problems.length === 0) return `${shown}: passes the validate rules`;
  const errors = problems.filter((p) => p.level === 'error').length;
  return [`${shown}: ${errors} error(s), ${problems.length - errors} warning(s) (npm run validate rules)`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

// Astro's overlay renders the message as HTML, so a fix such as "/en/<path>/" would lose its "<path>".
const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The overlay for a saved file with errors (warnings stay in the terminal); undefined when it has none. */
export function overlayError(shown: string, absolute: string, problems: readonly Problem[]): OverlayError | undefined {
  const errors = problems.filter((p) => p.level === 'error');
  const first = errors[0];
  if (!first) return undefined;
  return {
    message: escapeHtml(`${shown}: ${errors.length} problem(s) npm run validate would refuse\n\n${errors.map(formatProblem).join('\n')}`),
    stack: '',
    id: absolute,
    plugin: 'content-check',
    loc: { file: absolute, line: first.line, column: 1 },
  };
}

import GithubSlugger from 'github-slugger';
import { LineCounter, parseDocument } from 'yaml';

/** A heading found in an MDX body, with the anchor the build gives it. */
export interface SourceHeading {
  line: number;
  depth: number;
  text: string;
  slug: string;
}

/** A link target found in an MDX body. */
export interface SourceLink {
  line: number;
  url: string;
}

/** An MDX file split into frontmatter and body, with line numbers kept. */
export interface ParsedMdx {
  /** The frontmatter as data, or undefined when it is missing or not YAML. */
  data: Record<string, unknown> | undefined;
  /** Why the frontmatter could not be read, when it could not. */
  frontmatterError?: { line: number; message: string };
  /** The line each top-level frontmatter key stands on. */
  keyLines: Map<string, number>;
  /** The 1-based line the body starts on. */
  bodyStart: number;
  /** The body's lines, code fences blanked out so their content is never mistaken for Markdown. */
  bodyLines: string[];
}

/** Splits an MDX file into frontmatter and body and reads the frontmatter as YAML. */
export function parseMdx(source: string): ParsedMdx {
  const lines = source.split(/\r?\n/);
  const keyLines = new Map<string, number>();
  if (lines[0]?.trim() !== '---') {
    return {
      data: undefined,
      frontmatterError: { line: 1, message: 'the file does not start with a frontmatter block between --- lines' },
      keyLines,
      bodyStart: 1,
      bodyLines: blankFences(lines),
    };
  }
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) {
    return { data: undefined, frontmatterError: { line: 1, message: 'the frontmatter block is never closed with ---' }, keyLines, bodyStart: lines.length + 1, bodyLines: [] };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const body = blankFences(lines.slice(end + 1));
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = counter.linePos(first.pos[0]).line + 1;
    return { data: undefined, frontmatterError: { line, message: `the frontmatter is not valid YAML (${first.message.split('\n')[0]})` }, keyLines, bodyStart: end + 2, bodyLines: body };
  }
  const contents = doc.contents as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null;
  for (const item of contents?.items ?? []) {
    const range = item.key?.range;
    if (range) keyLines.set(String(item.key?.value), counter.linePos(range[0]).line + 1);
  }
  const data = doc.toJS() as unknown;
  const isObject = data !== null && typeof data === 'object' && !Array.isArray(data);
  return {
    data: isObject ? (data as Record<string, unknown>) : undefined,
    ...(isObject ? {} : { frontmatterError: { line: 2, message: 'the frontmatter must be a list of fields (key: value)' } }),
    keyLines,
    bodyStart: end + 2,
    bodyLines: body,
  };
}

function blankFences(lines: string[]): string[] {
  let inFence = false;
  return lines.map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return '';
    }
    return inFence ? '' : line;
  });
}

/** Heading text as the reader sees it: Markdown emphasis, code marks, links and components removed. */
export function plainHeading(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+#+\s*$/, '')
    .trim();
}

/** Every Markdown heading of a body, with the anchor github-slugger gives it (as the build does). */
export function headingsOf(parsed: ParsedMdx): SourceHeading[] {
  const slugger = new GithubSlugger();
  const out: SourceHeading[] = [];
  parsed.bodyLines.forEach((line, i) => {
    const match = /^(#{1,6})(?:\s+(.*))?$/.exec(line.trimEnd());
    if (!match) return;
    const text = plainHeading(match[2] ?? '');
    out.push({ line: parsed.bodyStart + i, depth: match[1]!.length, text, slug: slugger.slug(text) });
  });
  return out;
}

/** Every link target in a body: Markdown links and `href` attributes of components. */
export function linksOf(parsed: ParsedMdx): SourceLink[] {
  const out: SourceLink[] = [];
  parsed.bodyLines.forEach((line, i) => {
    const withoutCode = line.replace(/`[^`]*`/g, '');
    for (const match of withoutCode.matchAll(/\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)|href=["']([^"']*)["']/g)) {
      out.push({ line: parsed.bodyStart + i, url: (match[1] ?? match[2])! });
    }
  });
  return out;
}

/** Images without alternative text: Markdown images with empty alt, `<img>` without alt, `<Mockup>` without alt. */
export function imagesWithoutAlt(parsed: ParsedMdx): number[] {
  const out: number[] = [];
  const source = parsed.bodyLines.join('\n');
  const lineAt = (index: number) => parsed.bodyStart + source.slice(0, index).split('\n').length - 1;
  for (const match of source.matchAll(/!\[\s*\]\(/g)) out.push(lineAt(match.index));
  for (const match of source.matchAll(/<(img|Mockup)\b[^>]*?\/?>/gs)) {
    if (!/\balt\s*=\s*(["'{])\s*[^\s"'}]/.test(match[0])) out.push(lineAt(match.index));
  }
  return out.sort((a, b) => a - b);
}

/** The kinds of item a mockup screen can show, top to bottom. */
export const itemKinds = ['heading', 'text', 'field', 'button', 'link', 'slider', 'code', 'row', 'tabs', 'nav'] as const;

/** One kind of mockup item. */
export type ItemKind = (typeof itemKinds)[number];

/** An item as editors write it in MDX. */
export interface MockupItem {
  kind: ItemKind;
  label: string;
  mark?: boolean;
}

/** A piece of text placed in the drawing; `fit` squeezes it when it would overflow its box. */
export interface PlacedText {
  x: number;
  y: number;
  text: string;
  size: number;
  anchor: 'start' | 'middle' | 'end';
  fit?: number;
}

/** An item with its box in drawing units. */
export interface PlacedItem {
  kind: ItemKind;
  x: number;
  y: number;
  w: number;
  h: number;
  mark: boolean;
  texts: PlacedText[];
  /** For tabs and nav: the x of each part's centre. */
  parts: number[];
}

/** The whole drawing: its size, its frame and its items. */
export interface MockupLayout {
  frame: 'phone' | 'browser';
  width: number;
  height: number;
  screen: { x: number; y: number; w: number; h: number };
  items: PlacedItem[];
}

const HEIGHTS: Record<ItemKind, number> = {
  heading: 34, text: 24, field: 44, button: 44, link: 28, slider: 44, code: 64, row: 42, tabs: 38, nav: 52,
};
const SIZES: Record<ItemKind, number> = {
  heading: 17, text: 13, field: 13, button: 14, link: 13, slider: 12, code: 11, row: 14, tabs: 13, nav: 10,
};
const GAP = 10;

/** Roughly how wide a text is at a font size; system fonts average a little over half an em. */
export function textWidth(text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += /[iljtf.,:;'’!|\s]/.test(ch) ? 0.32 : /[mwшщжюыМШЩЖЮWM@]/.test(ch) ? 0.85 : 0.58;
  return units * size;
}

function fitted(text: PlacedText, room: number): PlacedText {
  return textWidth(text.text, text.size) > room ? { ...text, fit: Math.round(room) } : text;
}

/** Lays out a mockup screen; throws with a message an editor can act on when the items are wrong. */
export function layoutMockup(frame: 'phone' | 'browser', items: readonly MockupItem[], title?: string): MockupLayout {
  if (frame !== 'phone' && frame !== 'browser') throw new Error(`Mockup frame must be "phone" or "browser", not "${String(frame)}".`);
  if (!Array.isArray(items as unknown) || items.length === 0) throw new Error('Mockup needs at least one item.');
  if (items.length > 8) throw new Error(`Mockup has ${items.length} items; keep it to 8 or fewer.`);
  for (const item of items) {
    if (!itemKinds.includes(item.kind)) throw new Error(`Mockup item kind "${String(item.kind)}" is unknown; use one of ${itemKinds.join(', ')}.`);
    if (typeof item.label !== 'string' || item.label.trim() === '') throw new Error(`Mockup ${item.kind} item needs a label.`);
  }
  const width = frame === 'phone' ? 260 : 380;
  const screen = frame === 'phone' ? { x: 12, y: 12, w: 236, h: 0 } : { x: 1, y: 40, w: 378, h: 0 };
  const pad = frame === 'phone' ? 14 : 40;
  const x = screen.x + pad;
  const w = screen.w - 2 * pad;
  let y = screen.y + (frame === 'phone' ? (title ? 44 : 22) : 22);
  const placed: PlacedItem[] = [];
  for (const item of items) {
    const h = HEIGHTS[item.kind];
    const size = SIZES[item.kind];
    const labels = item.kind === 'tabs' || item.kind === 'nav' ? item.label.split('|').map((part) => part.trim()) : [item.label];
    const parts = labels.map((_, i) => x + (w / labels.length) * (i + 0.5));
    const baseline = y + h / 2 + size * 0.35;
    let texts: PlacedText[];
    switch (item.kind) {
      case 'field':
      case 'row':
        texts = [fitted({ x: x + 12, y: baseline, text: item.label, size, anchor: 'start' }, w - 36)];
        break;
      case 'button':
      case 'heading':
        texts = [fitted({ x: x + w / 2, y: baseline, text: item.label, size, anchor: 'middle' }, w - 16)];
        break;
      case 'slider':
        texts = [fitted({ x: x + w / 2 + 18, y: baseline, text: item.label, size, anchor: 'middle' }, w - 60)];
        break;
      case 'code':
        texts = [fitted({ x: x + w / 2, y: y + h - 4, text: item.label, size, anchor: 'middle' }, w)];
        break;
      case 'tabs':
        texts = labels.map((text, i) => fitted({ x: parts[i]!, y: baseline, text, size, anchor: 'middle' }, w / labels.length - 6));
        break;
      case 'nav':
        texts = labels.map((text, i) => fitted({ x: parts[i]!, y: y + h - 8, text, size, anchor: 'middle' }, w / labels.length - 4));
        break;
      default:
        texts = [fitted({ x, y: baseline, text: item.label, size, anchor: 'start' }, w)];
    }
    placed.push({ kind: item.kind, x, y, w, h, mark: item.mark === true, texts, parts });
    y += h + GAP;
  }
  screen.h = y - screen.y + 12;
  const height = frame === 'phone' ? screen.y + screen.h + 26 : screen.y + screen.h + 1;
  return { frame, width, height, screen, items: placed };
}

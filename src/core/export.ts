/**
 * Exports: the chart as a self-contained SVG (styles inlined, the page's Thai
 * font embedded so the file renders the same elsewhere), PNG rendered from
 * that SVG, and the download. Loaded on demand (the first export a reader
 * asks for), so a page that only shows charts never downloads it; the CSV is
 * in csv.ts.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility'];

export interface SvgSnapshotOptions {
  /** Lines drawn above the chart (title, subtitle, notes). */
  header: string[];
  /** Lines drawn below the chart (source, credits). */
  footer: string[];
  /** Title of the SVG document (its accessible name). */
  title: string;
}

/** Copies the computed presentation of every node of `from` onto the same node of `to`. */
function inlineStyles(from: Element, to: Element): void {
  const cs = getComputedStyle(from);
  for (const prop of STYLE_PROPS) {
    const v = cs.getPropertyValue(prop);
    if (v && v !== 'normal' && v !== 'auto') to.setAttribute(prop, v);
  }
  to.removeAttribute('class');
  to.removeAttribute('tabindex');
  to.removeAttribute('part');
  const a = from.children;
  const b = to.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i] as Element, b[i] as Element);
}

function svgText(doc: Document, x: number, y: number, text: string, font: { family: string; size: number; weight: string; fill: string }): SVGTextElement {
  const t = doc.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-family', font.family);
  t.setAttribute('font-size', String(font.size));
  t.setAttribute('font-weight', font.weight);
  t.setAttribute('fill', font.fill);
  t.textContent = text;
  return t;
}

const graphemes = (s: string): string[] =>
  typeof Intl.Segmenter === 'function' ? Array.from(new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(s), (g) => g.segment) : Array.from(s);

/**
 * HTML text inside the chart (labels, targets), as SVG text, line by line as
 * the browser laid it out: each grapheme's box says which line it is on.
 */
function htmlTextToSvg(container: Element, origin: DOMRect, into: SVGGElement): void {
  const doc = into.ownerDocument;
  const walker = doc.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent ?? '';
    if (!parent || !text.trim() || parent.closest('svg')) continue;
    const cs = getComputedStyle(parent);
    if (cs.visibility === 'hidden' || cs.display === 'none' || parent.closest('.visually-hidden')) continue;
    const font = { family: cs.fontFamily, size: parseFloat(cs.fontSize), weight: cs.fontWeight, fill: cs.color };
    let offset = 0;
    let line: { top: number; left: number; bottom: number; text: string } | undefined;
    const flush = () => {
      if (line?.text.trim()) into.append(svgText(doc, line.left - origin.left, line.bottom - origin.top - font.size * 0.28, line.text.replace(/\u2060/g, ''), font));
    };
    for (const g of graphemes(text)) {
      range.setStart(node, offset);
      range.setEnd(node, offset + g.length);
      offset += g.length;
      const r = range.getBoundingClientRect();
      if (!r.width && !g.trim()) {
        if (line) line.text += g;
        continue;
      }
      if (!line || r.top > line.bottom - 2) {
        flush();
        line = { top: r.top, left: r.left, bottom: r.bottom, text: g };
      } else line.text += g;
    }
    flush();
  }
}

/** @font-face rules of the page (same-origin stylesheets) for `family`, as data-URI rules covering `text`. */
async function embeddedFonts(family: string, text: string): Promise<string> {
  const wanted = family.split(',')[0]?.replace(/["'{};\\]/g, '').trim().toLowerCase();
  if (!wanted) return '';
  const codes = new Set(Array.from(text, (c) => c.codePointAt(0) ?? 0));
  const covers = (range: string) =>
    !range ||
    range.split(',').some((part) => {
      const m = /U\+([0-9A-F?]+)(?:-([0-9A-F]+))?/i.exec(part.trim());
      if (!m) return false;
      const lo = parseInt((m[1] ?? '').replace(/\?/g, '0'), 16);
      const hi = m[2] ? parseInt(m[2], 16) : parseInt((m[1] ?? '').replace(/\?/g, 'F'), 16);
      for (const c of codes) if (c >= lo && c <= hi) return true;
      return false;
    });
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue; // another origin's stylesheet: not readable
    }
    for (const rule of Array.from(list)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const s = rule.style;
      if (s.getPropertyValue('font-family').replace(/["']/g, '').trim().toLowerCase() !== wanted) continue;
      if (!covers(s.getPropertyValue('unicode-range'))) continue;
      const url = /url\(["']?([^"')]+\.woff2?)["']?\)/.exec(s.getPropertyValue('src'))?.[1];
      if (!url) continue;
      try {
        const res = await fetch(new URL(url, sheet.href ?? location.href));
        if (!res.ok) continue;
        const bytes = new Uint8Array(await res.arrayBuffer());
        let bin = '';
        for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        const format = url.endsWith('woff2') ? 'woff2' : 'woff';
        rules.push(`@font-face{font-family:"${wanted}";font-weight:${s.getPropertyValue('font-weight') || 'normal'};font-style:${s.getPropertyValue('font-style') || 'normal'};src:url(data:font/${format};base64,${btoa(bin)}) format("${format}");${s.getPropertyValue('unicode-range') ? `unicode-range:${s.getPropertyValue('unicode-range')};` : ''}}`);
      } catch {
        // a font that cannot be fetched is left out; the SVG falls back to the reader's fonts
      }
    }
  }
  return rules.join('\n');
}

/**
 * The chart in `container` as one standalone SVG document: every SVG inside
 * placed where it is on screen, HTML labels as SVG text, styles inlined,
 * header and footer lines, and the page's font embedded when it can be read.
 */
export async function svgSnapshot(container: Element, options: SvgSnapshotOptions): Promise<string> {
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  const box = container.getBoundingClientRect();
  const cs = getComputedStyle(container);
  const font = { family: cs.fontFamily, size: parseFloat(cs.fontSize) || 14, weight: '400', fill: cs.color };
  const lineHeight = font.size * 1.5;
  const top = options.header.length * lineHeight + (options.header.length ? 8 : 0);
  const width = Math.ceil(box.width);
  const height = Math.ceil(top + box.height + options.footer.length * lineHeight + 8);
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('role', 'img');
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = options.title;
  root.append(title);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  root.append(bg);
  options.header.forEach((line, i) => root.append(svgText(doc, 0, (i + 1) * lineHeight - 4, line, { ...font, weight: i === 0 ? '700' : '400' })));
  const body = doc.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0 ${top})`);
  root.append(body);
  for (const svg of Array.from(container.querySelectorAll('svg'))) {
    if (svg.parentElement?.closest('svg')) continue;
    const r = svg.getBoundingClientRect();
    const clone = doc.importNode(svg, true) as SVGSVGElement;
    inlineStyles(svg, clone);
    clone.setAttribute('x', String(r.left - box.left));
    clone.setAttribute('y', String(r.top - box.top));
    body.append(clone);
  }
  const labels = doc.createElementNS(SVG_NS, 'g');
  htmlTextToSvg(container, box, labels);
  body.append(labels);
  options.footer.forEach((line, i) => root.append(svgText(doc, 0, top + box.height + (i + 1) * lineHeight, line, { ...font, size: font.size * 0.85, fill: '#4d5a68' })));
  const css = await embeddedFonts(font.family, root.textContent ?? '');
  if (css) {
    const style = doc.createElementNS(SVG_NS, 'style');
    style.textContent = css;
    root.insertBefore(style, root.firstChild);
  }
  return new XMLSerializer().serializeToString(doc);
}

/** Renders an SVG document to a PNG at `scale` (2 = sharp on high-density screens). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const w = Number(/\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const h = Number(/\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(w * scale));
    canvas.height = Math.max(1, Math.round(h * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, w, h);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves `blob` as a file through a temporary link inside `root`. */
export function download(root: ShadowRoot | HTMLElement, name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

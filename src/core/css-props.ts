/**
 * Like Lit's `styleMap`, but always through the CSSOM (`style.setProperty`).
 * `styleMap` writes its first render as a `style="…"` attribute string, which a
 * strict Content Security Policy (no 'unsafe-inline' for styles) blocks, so a
 * chart embedded on such a page would lose its colours and positions. CSSOM
 * writes are not inline styles and are always allowed.
 */
import { noChange, type ElementPart, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

export type CssProps = Readonly<Record<string, string | number | undefined | null>>;

const toCss = (name: string) => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || (part as { name?: string }).name !== 'style') {
      throw new Error('cssProps() goes in the style attribute: style=${cssProps({...})}');
    }
  }

  render(_props: CssProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart | ElementPart, [props]: [CssProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Set<string>();
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null) continue;
      const name = toCss(key);
      next.add(name);
      style.setProperty(name, String(value));
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

/** `style=${cssProps({ fill: 'var(--c)', '--x': '3px' })}`: set through the CSSOM, allowed under a strict CSP. */
export const cssProps = directive(CssPropsDirective);

/**
 * Hover emphasis on the drawn sankey: what lies upstream and downstream of
 * the hovered (or highlighted) mark is lit, the rest dimmed.
 *
 * The dimming is one class on the drawing (`hovering`, styles.ts: `.hovering
 * .link:not(.on)`), and only the related marks get a class (`on`). Entering
 * a mark from nothing touches the drawing and the related marks, never each
 * of the thousands of flows (at 100× the CODI plan, toggling a class on every
 * flow and node was most of a hover's script time). Moving from one mark to
 * another changes `on` only where it changes.
 */
export interface Related {
  nodes: ReadonlySet<string>;
  links: ReadonlySet<string>;
}

export class MarkEmphasis {
  private root?: Element;
  private version = -1;
  private key = '';
  private rel?: Related;
  private links?: Map<string, Element>;
  private nodes?: Map<string, Element>;

  /**
   * Brings the marks under `root` to the emphasis named `key` ('' for none).
   * `version` changes whenever the marks were drawn again (their elements
   * may then stand for other ids); `relate` is asked only when the emphasis
   * changes.
   */
  apply(root: Element | null, version: number, key: string, relate: () => Related | undefined): void {
    if (!root) {
      this.root = this.rel = this.links = this.nodes = undefined;
      this.key = '';
      return;
    }
    const fresh = root !== this.root || version !== this.version;
    if (!fresh && key === this.key) return;
    if (fresh) {
      // Lit may have reused the elements for other flows: forget them and what was lit among them.
      this.root = root;
      this.version = version;
      this.links = this.nodes = this.rel = undefined;
      for (const el of root.querySelectorAll('[data-link].on, [data-node].on')) el.classList.remove('on');
    }
    const rel = key ? relate() : undefined;
    const prev = this.rel;
    if (prev || rel) {
      const links = (this.links ??= marksBy(root, 'data-link'));
      const nodes = (this.nodes ??= marksBy(root, 'data-node'));
      relight(links, prev?.links, rel?.links);
      relight(nodes, prev?.nodes, rel?.nodes);
    }
    root.classList.toggle('hovering', rel !== undefined);
    this.key = key;
    this.rel = rel;
  }
}

/** Takes `on` off the marks that were lit and are no longer, and puts it on those newly lit. */
function relight(marks: Map<string, Element>, before: ReadonlySet<string> | undefined, after: ReadonlySet<string> | undefined): void {
  if (before) for (const id of before) if (!after?.has(id)) marks.get(id)?.classList.remove('on');
  if (after) for (const id of after) if (!before?.has(id)) marks.get(id)?.classList.add('on');
}

/** The drawn marks by their id attribute. */
function marksBy(root: Element, attribute: 'data-link' | 'data-node'): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const el of root.querySelectorAll(`[${attribute}]`)) out.set(el.getAttribute(attribute) as string, el);
  return out;
}

// Proves the browser test runner works: TypeScript with Lit's decorators, bare imports,
// chai, and Chromium's Thai word segmentation (which the label wrapping relies on).
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';

class ToolchainProbe extends LitElement {
  @property() label = '';

  override render() {
    return html`<span>${this.label}</span>`;
  }
}
customElements.define('toolchain-probe', ToolchainProbe);

describe('toolchain', () => {
  it('segments Thai text into words in Chromium', () => {
    const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
    const words = [...segmenter.segment('สวัสดีครับ')].filter((part) => part.isWordLike);
    expect(words.length).to.be.greaterThan(1);
  });

  it('renders a Lit element whose decorated property is reactive', async () => {
    const probe = await fixture<ToolchainProbe>(html`<toolchain-probe label="ครัวเรือน"></toolchain-probe>`);
    expect(probe.shadowRoot?.textContent).to.equal('ครัวเรือน');
    probe.label = 'ล้านบาท';
    await probe.updateComplete;
    expect(probe.shadowRoot?.textContent).to.equal('ล้านบาท');
  });
});

// The demo page: every element on the CODI FY2567 plan, with a language switch.
import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/700.css';
import '../src/index.js';

const codiElements = () => [...document.querySelectorAll<HTMLElement & { lang: string; thaiDigits: boolean }>('*')].filter((el) => el.localName.startsWith('codi-') && el.localName !== 'codi-plan-group');

function setLang(lang: 'th' | 'en'): void {
  document.documentElement.lang = lang;
  for (const el of codiElements()) el.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-th]')) node.textContent = node.dataset[lang] ?? node.textContent;
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
}

for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  b.addEventListener('click', () => setLang(b.dataset.lang === 'en' ? 'en' : 'th'));
}
document.querySelector<HTMLInputElement>('#thai-digits')?.addEventListener('change', (e) => {
  for (const el of codiElements()) el.thaiDigits = (e.target as HTMLInputElement).checked;
});
const initial = new URLSearchParams(location.search).get('lang');
if (initial === 'en') setLang('en');

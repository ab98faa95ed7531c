// The page's own code: none is needed for the charts or their linking. This only shows
// that the page can listen too: the group announces each shared selection as `codi-link`.
const status = document.getElementById('selection');
document.getElementById('group').addEventListener('codi-link', (event) => {
  const { selected, detail } = event.detail;
  status.textContent = selected ? `เลือก · Selected: ${detail?.label ?? selected}` : 'ยังไม่ได้เลือก · Nothing selected';
});

// The harmless page "Quick exit" leaves on screen: a plain calculator, with no word of Harbour.
const screen = document.getElementById('screen');
let entry = '0';
let stored = null;
let op = null;
const apply = (a, b, o) => ({ '+': a + b, '−': a - b, '×': a * b, '÷': b === 0 ? NaN : a / b }[o]);
const show = (value) => { screen.textContent = Number.isFinite(value) ? String(+value.toFixed(10)) : 'Error'; };
document.querySelector('.keys').addEventListener('click', (event) => {
  const key = event.target.closest('button')?.textContent;
  if (!key) return;
  if (/^[0-9.]$/.test(key)) {
    entry = entry === '0' && key !== '.' ? key : entry + key;
    screen.textContent = entry;
  } else if (key === 'C') {
    entry = '0'; stored = null; op = null; screen.textContent = '0';
  } else if (key === '=') {
    if (op !== null && stored !== null) { stored = apply(stored, parseFloat(entry), op); show(stored); }
    entry = '0'; op = null;
  } else {
    stored = op !== null && stored !== null ? apply(stored, parseFloat(entry), op) : parseFloat(entry);
    op = key; entry = '0'; show(stored);
  }
});

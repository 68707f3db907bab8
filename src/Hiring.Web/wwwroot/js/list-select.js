// The applicant list's bulk bar, enhanced: a box that ticks the whole page, and the offer to act on
// every match of the filter shown once the page is all ticked. Without this script the
// "apply to all N matching" box is simply always there.
const form = document.getElementById('bulk');
const boxes = form ? [...form.querySelectorAll('input[name=Selected]')] : [];
const page = document.getElementById('select-page');
const offer = document.getElementById('all-matching');
const all = document.getElementById('AllMatching');

function sync() {
  const every = boxes.length > 0 && boxes.every(b => b.checked);
  if (page) page.checked = every;
  if (offer && all) offer.hidden = !every && !all.checked;
}

if (boxes.length > 0) {
  boxes.forEach(b => b.addEventListener('change', sync));
  if (page) {
    page.hidden = false;
    page.addEventListener('change', () => { boxes.forEach(b => { b.checked = page.checked; }); sync(); });
  }
  sync();
}

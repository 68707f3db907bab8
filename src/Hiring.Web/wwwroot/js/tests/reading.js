// Reading: one passage at a time. The page tells the server when a passage is opened and when the
// candidate moves on to its questions; the server stamps both times (reading speed = words / minutes).
// The server serves a passage's questions only once it has stamped the passage read (and, unless the
// passage is kept visible, no longer serves the passage): after "I have read" the page is fetched again.
// A practice round keeps nothing on the server: its page holds the questions already and shows them in place.
export function setUpReading({ form, send, flush, practice = false }) {
  const steps = [...form.querySelectorAll('[data-passage]')];
  if (steps.length === 0) return;
  const keep = form.dataset.keepPassage === 'true';

  const showQuestions = (step) => {
    step.querySelector('.questions').hidden = false;
    step.querySelector('.read-row').hidden = true;
    const passage = step.querySelector('.passage');
    if (passage && !keep) passage.hidden = true;
  };
  const open = (step) => {
    step.hidden = false;
    if (step.dataset.read !== 'true') send(step.dataset.passage, { event: 'open' });
  };

  let current = steps.findIndex((s) => s.dataset.read !== 'true');
  if (current < 0) current = steps.length - 1;
  // Back from "I have read": stay on that passage's questions until "Next passage" opens the next one.
  else if (current > 0 && steps[current].dataset.opened !== 'true') current -= 1;
  steps.forEach((step, i) => {
    if (step.dataset.read === 'true') showQuestions(step);
    else step.querySelector('.questions').hidden = true;
    step.hidden = i > current;
    const next = step.querySelector('[data-next-step]');
    if (next) next.hidden = i < current;
  });
  open(steps[current]);

  form.addEventListener('click', (e) => {
    const read = e.target.closest('[data-read-button]');
    if (read) {
      const step = read.closest('[data-passage]');
      read.disabled = true;
      send(step.dataset.passage, { event: 'read' });
      flush(10_000).then(() => (practice ? showQuestions(step) : window.location.reload()));
    }
    const next = e.target.closest('[data-next-step]');
    if (next) {
      const step = steps[Number(next.dataset.nextStep) - 1];
      next.hidden = true;
      open(step);
      step.querySelector('h2').setAttribute('tabindex', '-1');
      step.querySelector('h2').focus();
    }
  });
}

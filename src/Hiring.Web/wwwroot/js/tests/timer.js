// Countdown from the server's remaining time. It runs on performance.now(), a monotonic clock,
// so a wrong or changed wall clock on the candidate's machine changes nothing; every server answer re-syncs it.
export function createTimer({ remainingSeconds, valueEl, endingEl, timerEl, announce, onExpire }) {
  let deadline = performance.now() + remainingSeconds * 1000;
  let warned = false;
  let expired = false;

  const format = (ms) => {
    const total = Math.ceil(ms / 1000);
    const h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
    const mm = String(m).padStart(2, '0'), ss = String(s).padStart(2, '0');
    return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
  };

  function tick() {
    const left = Math.max(0, deadline - performance.now());
    valueEl.textContent = format(left);
    if (left <= 120000 && !warned) {
      warned = true;
      timerEl.classList.add('ending');
      endingEl.hidden = false;
      announce(left > 0 ? 'Less than two minutes left.' : 'Time is up.');
    }
    if (left <= 0 && !expired) {
      expired = true;
      onExpire();
    }
  }

  tick();
  setInterval(tick, 250);

  return {
    // Re-sync when the page's countdown has drifted more than a second and a half from the server's.
    sync(serverRemainingSeconds) {
      const local = deadline - performance.now();
      if (Math.abs(local - serverRemainingSeconds * 1000) > 1500) deadline = performance.now() + serverRemainingSeconds * 1000;
      tick();
    },
    elapsedSince(pageStart) { return performance.now() - pageStart; },
  };
}

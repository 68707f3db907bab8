// Countdown from the server's remaining time. It runs on performance.now(), a monotonic clock,
// so a wrong or changed wall clock on the candidate's machine changes nothing; every server answer re-syncs it.
// The last two minutes are announced; a test of two minutes or less (typing) is warned at 30 seconds instead.
import { t } from './text.js';

export function createTimer({ remainingSeconds, allowedSeconds, valueEl, endingEl, timerEl, announce, onExpire }) {
  let deadline = performance.now() + remainingSeconds * 1000;
  const warnAt = allowedSeconds > 120 ? 120000 : 30000;
  const warning = allowedSeconds > 120 ? t('Less than two minutes left.') : t('Thirty seconds left.');
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
    if (left <= warnAt && !warned) {
      warned = true;
      timerEl.classList.add('ending');
      endingEl.textContent = warnAt === 120000 ? t('(less than 2 minutes)') : t('(less than 30 seconds)');
      endingEl.hidden = false;
      announce(left > 0 ? warning : t('Time is up.'));
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
    /** The time left as the countdown shows it ("04:37"). */
    left() { return format(Math.max(0, deadline - performance.now())); },
  };
}

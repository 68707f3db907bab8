// Integrity signals: window blurs and time away, copy and paste attempts, full-screen exits, synthetic input.
// Sent as counts since the last heartbeat; recruiters see them as flags, never as a verdict.
export function createIntegrity() {
  const counts = { blurs: 0, awaySeconds: 0, pastes: 0, copies: 0, fullscreenExits: 0, synthetic: 0 };
  let awaySince = null;

  window.addEventListener('blur', () => { counts.blurs++; awaySince = performance.now(); });
  window.addEventListener('focus', () => {
    if (awaySince !== null) { counts.awaySeconds += Math.round((performance.now() - awaySince) / 1000); awaySince = null; }
  });
  document.addEventListener('copy', () => { counts.copies++; });
  document.addEventListener('cut', () => { counts.copies++; });
  document.addEventListener('paste', () => { counts.pastes++; });
  document.addEventListener('fullscreenchange', () => { if (!document.fullscreenElement) counts.fullscreenExits++; });

  return {
    count(name) { counts[name]++; },
    take() {
      const out = { ...counts };
      Object.keys(counts).forEach((k) => { counts[k] = 0; });
      return out;
    },
    giveBack(d) { Object.keys(d).forEach((k) => { counts[k] += d[k]; }); },
  };
}

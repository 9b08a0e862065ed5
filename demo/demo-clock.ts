// "Fast-forward" buttons: move the sandbox clock so vendors finish their work, then let the elements look again.
export function mountClockControls(status = document.querySelector<HTMLElement>('#demo-status')): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-advance]')) {
    button.addEventListener('click', async () => {
      const seconds = Number(button.dataset.advance);
      await fetch('/__sandbox/clock', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ advance: seconds }),
      });
      if (status) status.textContent = `The sandbox clock moved ${seconds / 60} minutes ahead.`;
      for (const element of document.querySelectorAll<HTMLElement & { refresh?: () => unknown }>(
        'reach-task-monitor, clips-lab, reach-order-panel',
      )) {
        void element.refresh?.();
      }
    });
  }
}

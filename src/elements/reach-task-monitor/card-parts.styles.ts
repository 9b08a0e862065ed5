import { css } from 'lit';

/** A task's result panel (adopted when the card's parts have loaded). */
export const cardPartsStyles = css`
  .output-panel {
    margin-block-start: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .chapters,
  .clips,
  .prose {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .prose {
    white-space: pre-wrap;
  }
  .clock {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
`;

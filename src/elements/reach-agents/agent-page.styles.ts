import { css } from 'lit';

/** The agent page (its header, tabs and Overview) and its confirmations. */
export const agentPageStyles = css`
  button.danger-solid {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_surface);
    font-weight: 600;
  }
  .agent-icon.large {
    inline-size: 3rem;
    block-size: 3rem;
  }
  .agent-page {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .back {
    justify-self: start;
  }
  .agent-header {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    gap: calc(var(--_space) * 1.5);
    align-items: center;
  }
  .agent-title {
    display: flex;
    align-items: center;
    gap: var(--_space);
    flex-wrap: wrap;
  }
  .agent-title h2 {
    margin: 0;
    font-size: 1.3em;
  }
  .agent-buttons button {
    min-inline-size: 8rem;
  }
  .tabs {
    display: flex;
    gap: calc(var(--_space) * 2);
    border-block-end: 1px solid var(--_border);
  }
  .tab {
    border: none;
    border-block-end: 3px solid transparent;
    border-radius: 0;
    background: none;
    padding-inline: 2px;
    color: var(--_muted);
    font-weight: 600;
  }
  .tab[aria-selected='true'] {
    color: var(--_text);
    border-block-end-color: var(--_accent);
  }
  .overview {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .step-card h3 {
    display: flex;
    align-items: center;
    gap: var(--_space);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .action-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  dialog {
    max-inline-size: min(32rem, calc(100vw - 2rem));
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-buttons {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
    margin-block-start: calc(var(--_space) * 2);
  }

  @container (max-width: 520px) {
    .agent-header {
      grid-template-columns: auto minmax(0, 1fr);
    }
    .agent-buttons {
      grid-column: 1 / -1;
    }
    .agent-buttons button {
      inline-size: 100%;
    }
  }
`;

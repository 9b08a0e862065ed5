import { css } from 'lit';

export const agentsStyles = css`
  .agents-shell {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
  }
  .shell-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    flex-wrap: wrap;
    padding-block-end: var(--_space);
    border-block-end: 1px solid var(--_border);
  }
  .shell-title {
    margin: 0;
    font-size: 1.35em;
  }
  .loading {
    padding: calc(var(--_space) * 3);
    text-align: center;
  }
  button.link,
  .card-link {
    border: none;
    background: none;
    padding: 0;
    min-block-size: auto;
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }
  button.link {
    text-decoration: underline;
  }
  .card-link {
    color: var(--_text);
    font-weight: 600;
    text-align: start;
  }
  .card-link:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  /* The whole card answers a click on its name. */
  .card-link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .pill {
    display: inline-block;
    padding-block: 2px;
    padding-inline: var(--_space);
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
    white-space: nowrap;
    border: 1px solid currentColor;
  }
  .pill.active {
    color: var(--_success);
  }
  .pill.inactive {
    color: var(--_muted);
  }
  .pill.on-demand {
    color: var(--_accent);
  }

  /* List */
  .agents {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .agent-card {
    position: relative;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    gap: calc(var(--_space) * 1.5);
    align-items: start;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_raised);
  }
  .agent-card:hover {
    border-color: var(--_accent);
  }
  .agent-card:focus-within {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .agent-card :focus-visible {
    outline: none;
  }
  .agent-icon {
    display: grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border-radius: 50%;
    background: color-mix(in srgb, var(--_accent) 15%, transparent);
    color: var(--_accent);
  }
  .agent-name {
    margin: 0 0 2px;
    font-size: 1.05em;
  }
  .agent-summary p {
    margin: 0;
  }
  .agent-trigger {
    font-weight: 500;
  }
  .agent-state {
    display: grid;
    justify-items: end;
    gap: calc(var(--_space) / 2);
    text-align: end;
  }
  .agent-state p {
    margin: 0;
    font-size: 0.85em;
  }
  .empty-state {
    display: grid;
    justify-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 4) calc(var(--_space) * 2);
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    text-align: center;
  }
  .empty-title {
    font-size: 1.1em;
    font-weight: 600;
    margin: 0;
  }

  /* The step cards of the agent page and of the form. */
  .step-card {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_raised);
  }
  .step-card p:last-child {
    margin-block-end: 0;
  }
  .step-badge {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.9em;
  }
  /* The buttons that end the agent page and the form. */
  .page-actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
  }
  /* Headings take the focus when a page opens (for screen readers); they are not controls. */
  h2[tabindex='-1']:focus,
  p[tabindex='-1']:focus {
    outline: none;
  }

  @container (max-width: 520px) {
    .agents-shell {
      padding: var(--_space);
    }
    .agent-card {
      grid-template-columns: auto minmax(0, 1fr);
    }
    .agent-state {
      grid-column: 2;
      justify-items: start;
      text-align: start;
    }
  }
`;

import { css } from 'lit';

/** The create / edit form. */
export const agentFormStyles = css`
  /* Create / edit */
  .agent-form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    max-inline-size: 48rem;
  }
  .agent-form h2 {
    margin: 0;
  }
  fieldset.step-card {
    margin: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  fieldset.step-card legend {
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding-inline: 4px;
    font-weight: 600;
  }
  label.choice {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 2em;
  }
  .category-choice {
    margin-inline-start: calc(var(--_space) * 3);
    display: grid;
    gap: 4px;
  }
  .category-list {
    max-block-size: 12rem;
    overflow: auto;
    padding: 4px var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .action-choices {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .action-choice.unavailable .action-type {
    color: var(--_muted);
  }
  .action-choice p {
    margin: 0 0 4px;
    margin-inline-start: calc(var(--_space) * 3);
    font-size: 0.85em;
  }
  .action-settings {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
    margin-inline-start: calc(var(--_space) * 3);
    margin-block-end: var(--_space);
  }
  .field-problem {
    margin: 0;
    font-size: 0.9em;
  }
`;

import { css } from 'lit';

/** Layout of <reach-rules>: one column; the rules' buttons wrap under their sentence in a narrow sidebar. */
export const rulesStyles = css`
  .panel {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: var(--_space);
  }
  .title {
    margin: 0;
  }
  .loading,
  .empty {
    color: var(--_muted);
  }
  .server-text {
    overflow-wrap: anywhere;
    color: var(--_muted);
  }
  .rules h3,
  .editor h3,
  .preview h3,
  .dictionaries h3 {
    margin: 0;
  }
  .rule-list {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding-inline-start: calc(var(--_space) * 3);
  }
  .rule {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .rule:focus-within {
    border-color: var(--_accent);
  }
  .sentence {
    margin: 0 0 var(--_space);
  }
  .rule-buttons,
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .stop,
  .choice,
  .item {
    display: flex;
    gap: calc(var(--_space) / 2);
    align-items: baseline;
  }
  .rule-buttons .stop {
    flex-basis: 100%;
  }
  fieldset {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
  }
  .versions {
    display: grid;
    gap: var(--_space);
  }
  @container (min-inline-size: 40rem) {
    .versions {
      grid-template-columns: 1fr 1fr;
    }
  }
  .versions h4 {
    margin: 0;
  }
  textarea {
    inline-size: 100%;
    font-family: inherit;
  }
  .count.over {
    color: var(--_danger);
    font-weight: 600;
  }
  button.link {
    justify-self: start;
  }
`;

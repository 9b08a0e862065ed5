import { css } from 'lit';

/**
 * The theme every element shares. Public knobs are `--reach-*` custom properties (set them on the element
 * or any ancestor); everything else is private. Logical properties only, so RTL works by itself.
 * Colours follow the page's `color-scheme` (light-dark()): a page that declares `color-scheme: light dark`
 * gets dark elements in dark mode; a page that says nothing stays light.
 *
 * The public ones are documented on ReachElement (src/elements/reach-element.ts), which every element
 * inherits in the Custom Elements Manifest.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--reach-color-accent, light-dark(#0b5fcc, #7db4ff));
    --_on-accent: var(--reach-color-on-accent, light-dark(#ffffff, #0a1a33));
    --_text: var(--reach-color-text, light-dark(#1b1f24, #e8ebef));
    --_muted: var(--reach-color-muted, light-dark(#5a6470, #a9b2bd));
    --_surface: var(--reach-color-surface, light-dark(#ffffff, #16191d));
    --_raised: var(--reach-color-raised, light-dark(#f5f7f9, #20252b));
    --_border: var(--reach-color-border, light-dark(#c9d0d8, #3a424c));
    --_danger: var(--reach-color-danger, light-dark(#b3261e, #ff8a80));
    --_success: var(--reach-color-success, light-dark(#1e7a3a, #7ddc96));
    --_warning: var(--reach-color-warning, light-dark(#8a5a00, #ffd27a));
    --_radius: var(--reach-radius, 6px);
    --_space: var(--reach-space, 8px);
    display: block;
    box-sizing: border-box;
    font: inherit;
    font-size: var(--reach-font-size, inherit);
    color: var(--_text);
    background: var(--_surface);
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 var(--_space);
    line-height: 1.25;
  }
  h2 {
    font-size: 1.15em;
  }
  h3 {
    font-size: 1em;
  }
  p {
    margin: 0 0 var(--_space);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) / 2);
    min-block-size: 2.25em;
    padding-block: calc(var(--_space) / 2);
    padding-inline: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  button.danger {
    color: var(--_danger);
    border-color: currentColor;
  }
  button[disabled],
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    inline-size: 100%;
    min-block-size: 2.25em;
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.1em;
    block-size: 1.1em;
    accent-color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  label {
    display: block;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }
  .hint,
  .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .notice {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .error {
    color: var(--_danger);
  }
  .notice.error {
    border-inline-start-color: var(--_danger);
  }
  .success {
    color: var(--_success);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 120ms, border-color 120ms;
    }
  }
  @media (forced-colors: active) {
    button.primary {
      border: 2px solid ButtonText;
    }
  }
  /* A raised section of an element (a form, a table of figures, a confirmation); last, so
     that it also wins over .notice on an element that is both. */
  .box {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
`;

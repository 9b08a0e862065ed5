import { css } from 'lit';

/** The clip detail's own styles (the preview, the edit form, the range handles), adopted when its part has come. */
export const detailStyles = css`
  /* The clip's range as two handles on a track of its own. */
  .trim {
    display: grid;
    gap: 2px;
    margin-block-end: var(--_space);
  }
  .trim-track {
    position: relative;
    block-size: 36px;
    margin-inline: 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
    touch-action: none;
  }
  .trim-range {
    position: absolute;
    inset-block: 0;
    background: color-mix(in srgb, var(--_accent) 30%, transparent);
  }
  .handle {
    position: absolute;
    inset-block: -4px;
    inline-size: 24px;
    margin-inline-start: -12px;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    cursor: ew-resize;
  }
  .handle:focus-visible {
    z-index: 1;
    background: var(--_accent);
  }
  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  .detail {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .detail > * {
    margin: 0;
  }
  .detail h3 {
    overflow-wrap: anywhere;
  }
  .player video,
  .player ::slotted(*) {
    display: block;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    background: #000;
    border-radius: calc(var(--_radius) / 2);
  }
  .edit {
    display: grid;
    gap: 0;
  }
  fieldset.range {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0 var(--_space);
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  fieldset.range .field {
    align-content: start;
  }
  fieldset.range legend {
    padding-inline: calc(var(--_space) / 2);
  }
  fieldset.range .hint,
  fieldset.range .trim,
  fieldset.range .presets {
    grid-column: 1 / -1;
  }
  .trim .scale {
    gap: var(--_space);
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  @media (forced-colors: active) {
    .handle:focus-visible {
      background: Highlight;
      color: HighlightText;
    }
  }
`;

import { css } from 'lit';

/** The media picker's styles; add them to the styles of the element that renders it. */
export const mediaPickerStyles = css`
  .picker-toolbar {
    display: grid;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .picker-filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }
  /* A small label above its select (the picker's filters; the elements that hold it use it too). */
  .small-field {
    display: grid;
    gap: 2px;
    flex: 1 1 9rem;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .small-field select {
    color: var(--_text);
  }
  .picker-mine {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-block-size: 2.25em;
  }
  .picker-entries {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .picker-entries[aria-busy='true'] {
    opacity: 0.6;
  }
  .picker-entry {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .picker-entry:has(input:checked) {
    border-color: var(--_accent);
    outline: 1px solid var(--_accent);
  }
  .picker-entry label {
    display: grid;
    grid-template-columns: 80px minmax(0, 1fr);
    grid-template-rows: auto auto;
    column-gap: var(--_space);
    align-items: center;
    cursor: pointer;
  }
  .thumb {
    grid-row: span 2;
    inline-size: 80px;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_border);
  }
  .picker-name {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .picker-meta {
    font-size: 0.85em;
  }
  .picker-pager,
  .picker-footer {
    display: flex;
    align-items: center;
    gap: var(--_space);
    flex-wrap: wrap;
    margin-block-start: var(--_space);
  }
  .picker-pager span {
    color: var(--_muted);
  }
  .picker-footer .picker-count {
    margin: 0;
    font-weight: 600;
  }
  button.link {
    border: none;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    padding-inline: 0;
  }
  .picker-empty {
    padding: calc(var(--_space) * 2);
    text-align: center;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
`;

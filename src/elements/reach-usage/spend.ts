import { html, svg } from 'lit';
import { msg } from '@lit/localize';
import { formatCount, formatCredit } from '../shared/format.js';

export interface SpendLine {
  readonly label: string;
  readonly tasks: number;
  readonly spent: number;
}

export interface SpendGroup {
  /** `service`, `time` or `origin`: names the section's ids. */
  readonly id: string;
  readonly title: string;
  /** The first column's heading. */
  readonly heading: string;
  readonly lines: readonly SpendLine[];
}

/**
 * One grouping as a table whose rows carry their own bar: the numbers are the text, the bar only shows
 * them at a glance (its length, never its colour, carries the meaning, and it is hidden from readers).
 */
export function renderSpendGroup(group: SpendGroup) {
  const largest = Math.max(0, ...group.lines.map((line) => line.spent));
  const titleId = `spend-${group.id}-title`;
  return html`<section class="spend box" part="spend">
    <h3 id=${titleId}>${group.title}</h3>
    ${
      group.lines.length === 0
        ? html`<p class="empty">${msg('No tasks in this period.')}</p>`
        : html`<div class="scroll" tabindex="0" role="region" aria-labelledby=${titleId}>
          <table id=${`spend-${group.id}`}>
            <thead>
              <tr>
                <th scope="col">${group.heading}</th>
                <th scope="col" class="number">${msg('Tasks')}</th>
                <th scope="col">${msg('Credit spent')}</th>
              </tr>
            </thead>
            <tbody>
              ${group.lines.map((line) => renderLine(line, largest))}
            </tbody>
          </table>
        </div>`
    }
  </section>`;
}

function renderLine(line: SpendLine, largest: number) {
  // SVG geometry is an attribute, not a style: a strict style-src policy keeps working.
  const width = largest > 0 ? (line.spent / largest) * 100 : 0;
  return html`<tr part="spend-line">
    <th scope="row" dir="auto">${line.label}</th>
    <td class="number" data-col="tasks">${formatCount(line.tasks)}</td>
    <td data-col="spent">
      <div class="spent">
      <span class="number">${formatCredit(line.spent)}</span>
      <svg class="bar" part="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        ${svg`<rect class="track" width="100" height="10"></rect><rect class="fill" width=${width} height="10"></rect>`}
      </svg>
      </div>
    </td>
  </tr>`;
}

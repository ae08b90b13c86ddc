// A count per severity that doubles as a filter: "3 errors" shows only the errors, pressed again it shows all.
import type { Severity } from 'connector-certify';
import { element } from '../ui/dom.js';
import { countText, pluralName, severities } from '../ui/severity.js';

export class SeverityFilter {
  private only: Severity | undefined;
  private counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  /** Whether the buttons on screen no longer show `only`. */
  private outdated = true;

  constructor(
    private readonly container: HTMLElement,
    private readonly onChange: () => void,
  ) {
    container.setAttribute('role', 'group');
    container.setAttribute('aria-label', 'Show only one severity');
  }

  /** The severity shown alone, or undefined when all are shown. */
  get selected(): Severity | undefined {
    return this.only;
  }

  /** Shows all severities again, for a newly opened connector. */
  reset(): void {
    this.only = undefined;
    this.outdated = true;
  }

  /** Shows new counts; the filter stays, so fixing the last error leaves "0 errors" pressed until released. */
  update(counts: Record<Severity, number>): void {
    // Re-checked after every keystroke: equal counts leave the buttons (and the focus on one) alone.
    const changed = severities.some((severity) => counts[severity] !== this.counts[severity]);
    this.counts = counts;
    if (changed || this.outdated) this.render();
  }

  private toggle(severity: Severity): void {
    this.only = this.only === severity ? undefined : severity;
    this.render();
    this.onChange();
    this.container.querySelector<HTMLButtonElement>(`[data-severity="${severity}"]`)?.focus();
  }

  private render(): void {
    this.outdated = false;
    const buttons = severities.map((severity) => {
      const pressed = this.only === severity;
      const button = element('button', 'severity-count', countText(severity, this.counts[severity]));
      button.type = 'button';
      button.dataset.severity = severity;
      button.setAttribute('aria-pressed', String(pressed));
      button.disabled = this.counts[severity] === 0 && !pressed;
      button.title = pressed ? 'Show all findings' : `Show only the ${pluralName(severity)}`;
      button.addEventListener('click', () => this.toggle(severity));
      return button;
    });
    this.container.replaceChildren(...buttons);
  }
}

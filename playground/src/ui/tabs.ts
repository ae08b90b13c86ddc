// A WAI-ARIA tab list: one tab stop, arrow keys, Home and End move between tabs and select them.

export interface Tab {
  id: string;
  label: string;
  /** The id of the panel the tab shows. */
  controls: string;
}

export class TabList {
  private buttons: HTMLButtonElement[] = [];

  constructor(
    private readonly element: HTMLElement,
    private readonly onSelect: (id: string) => void,
  ) {
    element.setAttribute('role', 'tablist');
    element.addEventListener('keydown', (event) => this.onKey(event));
  }

  set(tabs: Tab[], selected: string | undefined): void {
    this.buttons = tabs.map((tab) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.role = 'tab';
      button.textContent = tab.label;
      button.dataset.id = tab.id;
      button.setAttribute('aria-controls', tab.controls);
      button.addEventListener('click', () => this.select(tab.id));
      return button;
    });
    this.element.replaceChildren(...this.buttons);
    this.mark(selected);
  }

  /** Selects a tab as if the user had. */
  select(id: string): void {
    this.mark(id);
    this.onSelect(id);
  }

  /** Shows a tab as selected without telling the owner (the owner changed it). */
  mark(id: string | undefined): void {
    for (const button of this.buttons) {
      const selected = button.dataset.id === id;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
    }
  }

  private onKey(event: KeyboardEvent): void {
    const current = this.buttons.findIndex((button) => button === document.activeElement);
    if (current === -1) return;
    const last = this.buttons.length - 1;
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const button = this.buttons[(next + this.buttons.length) % this.buttons.length]!;
    button.focus();
    this.select(button.dataset.id!);
  }
}

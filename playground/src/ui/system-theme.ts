const dark = matchMedia('(prefers-color-scheme: dark)');

/** Calls `apply` now and whenever the system switches between light and dark. */
export function followSystemTheme(apply: (dark: boolean) => void): void {
  apply(dark.matches);
  dark.addEventListener('change', (event) => apply(event.matches));
}

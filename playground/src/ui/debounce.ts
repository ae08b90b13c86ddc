/** A call that waits until `ms` have passed without another. */
export interface Debounced {
  (): void;
  /** Drops the waiting call, for when the work has been done another way. */
  cancel(): void;
}

/** Calls `fn` once `ms` have passed without another call. */
export function debounce(fn: () => void, ms: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
  return Object.assign(debounced, { cancel: () => clearTimeout(timer) });
}

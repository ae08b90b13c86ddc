/**
 * Hands items on in index order (0, 1, 2, ...) whatever order they arrive in, one at a time: `deliver` is called for
 * an item once every item before it has been handed on and its own promise settled. The promise returned for an item
 * settles when that item has been handed on, so a producer that awaits it holds at most one item in waiting; it
 * rejects when handing on any item failed, and nothing more is handed on after that.
 */
export function inOrder<T>(deliver: (item: T, index: number) => void | Promise<void>): (index: number, item: T) => Promise<void> {
  const ready = new Map<number, { item: T; handed: () => void; failed: (error: unknown) => void }>();
  let next = 0;
  let queue = Promise.resolve();
  const drain = async () => {
    for (let entry = ready.get(next); entry; entry = ready.get(next)) {
      await deliver(entry.item, next);
      ready.delete(next++);
      entry.handed();
    }
  };
  const fail = (error: unknown) => {
    for (const entry of ready.values()) entry.failed(error);
    ready.clear();
    throw error;
  };
  return (index, item) =>
    new Promise<void>((handed, failed) => {
      ready.set(index, { item, handed, failed });
      queue = queue.then(drain).catch(fail);
      // The failure reaches every waiting item's promise; the queue itself needs no other handler.
      queue.catch(() => undefined);
    });
}

// The worker's warm-up after a large connector is opened: bounded, one run per task, and stopped by any request.
import { describe, expect, it } from 'vitest';
import { warmUp, warmUpFromBytes, worthWarmingUp } from '../../playground/src/certify/warm-up.js';

/** A task queue run by hand, in place of the worker's timers. */
function tasks() {
  const queue: (() => void)[] = [];
  return {
    schedule: (task: () => void) => void queue.push(task),
    /** Runs the queued tasks, and those they queue, until none is left; returns how many ran. */
    drain() {
      let ran = 0;
      for (let task = queue.shift(); task; task = queue.shift()) {
        task();
        ran++;
      }
      return ran;
    },
    runOne: () => queue.shift()?.(),
  };
}

describe('warmUp', () => {
  it('runs nothing in the task that starts it', () => {
    const { schedule } = tasks();
    let runs = 0;
    warmUp(() => ++runs && 1, { runs: 5, budgetMs: 1000 }, schedule);
    expect(runs).toBe(0);
  });

  it('runs once per task, up to the number of runs', () => {
    const queue = tasks();
    let runs = 0;
    warmUp(() => ++runs && 1, { runs: 5, budgetMs: 1000 }, queue.schedule);
    queue.runOne();
    expect(runs).toBe(1);
    queue.drain();
    expect(runs).toBe(5);
  });

  it('ends once the time spent reaches the budget', () => {
    const queue = tasks();
    let runs = 0;
    warmUp(() => ++runs && 40, { runs: 20, budgetMs: 100 }, queue.schedule);
    queue.drain();
    // 40 + 40 + 40 ms: the third run starts below the budget and ends above it.
    expect(runs).toBe(3);
  });

  it('runs no more once stopped, as by a request from the page', () => {
    const queue = tasks();
    let runs = 0;
    const stop = warmUp(() => ++runs && 1, { runs: 20, budgetMs: 1000 }, queue.schedule);
    queue.runOne();
    queue.runOne();
    stop();
    queue.drain();
    expect(runs).toBe(2);
  });
});

describe('worthWarmingUp', () => {
  it('warms up for a large connector, whether its files are bytes or edited text', () => {
    expect(worthWarmingUp({ 'apiDefinition.swagger.json': new Uint8Array(warmUpFromBytes) })).toBe(true);
    expect(worthWarmingUp({ a: 'x'.repeat(warmUpFromBytes / 2), b: new Uint8Array(warmUpFromBytes / 2) })).toBe(true);
  });

  it('leaves a small connector cold', () => {
    expect(worthWarmingUp({ 'apiDefinition.swagger.json': new Uint8Array(warmUpFromBytes - 1) })).toBe(false);
    expect(worthWarmingUp({})).toBe(false);
  });
});

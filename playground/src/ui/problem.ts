// A page-level notice for what went wrong outside the checks themselves, such as a file that could not be read.
import { required } from './dom.js';

export function reportProblem(message: string): void {
  const notice = required('#problem');
  notice.textContent = message;
  notice.hidden = false;
}

export function clearProblem(): void {
  required('#problem').hidden = true;
}

/** Runs `read`, reporting a failure as a notice instead of an uncaught error. */
export async function reading<T>(what: string, read: () => Promise<T>): Promise<T | undefined> {
  clearProblem();
  try {
    return await read();
  } catch (error) {
    reportProblem(`Could not read ${what}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

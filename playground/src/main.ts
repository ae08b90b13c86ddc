// Boots the playground: starts the worker, then wires the two modes, drops, shared links and the theme.
import './styles.css';
import { CertifyClient } from './certify/client.js';
import { CheckMode } from './check/check-mode.js';
import { checkExamples } from './connector/examples.js';
import { readDrop } from './connector/read-files.js';
import { DiffMode, type Side } from './diff/diff-mode.js';
import { decodeFragment } from './share/share-link.js';
import { required } from './ui/dom.js';
import { reading, reportProblem } from './ui/problem.js';
import { followSystemTheme } from './ui/system-theme.js';
import { TabList } from './ui/tabs.js';

type Mode = 'check' | 'diff';

const client = new CertifyClient();
const catalogue = await client.ready.catch((error: Error) => {
  reportProblem(error.message);
  throw error;
});
const check = new CheckMode(client, catalogue);
const diff = new DiffMode(client);
let mode: Mode = 'check';

const modeTabs = new TabList(required('#mode-tabs'), (id) => showMode(id as Mode));
modeTabs.set(
  [
    { id: 'check', label: 'Check', controls: 'check-mode' },
    { id: 'diff', label: 'Diff', controls: 'diff-mode' },
  ],
  mode,
);

followSystemTheme((dark) => {
  check.setDark(dark);
  diff.setDark(dark);
});

acceptDrops();
await openFirstConnector();

function showMode(next: Mode): void {
  mode = next;
  required('#check-mode').hidden = mode !== 'check';
  required('#diff-mode').hidden = mode !== 'diff';
}

/** A shared link's swagger, or else the failing example, so the first screen already shows findings. */
async function openFirstConnector(): Promise<void> {
  const shared = await decodeFragment(location.hash);
  if (shared) {
    if (shared.profile) check.selectProfile(shared.profile);
    return check.open({ label: 'Shared swagger', files: { 'apiDefinition.swagger.json': shared.swagger }, partial: true });
  }
  const example = checkExamples.find((candidate) => candidate.label.endsWith('/failing')) ?? checkExamples[0];
  if (example) await check.open(example);
}

/**
 * Drops anywhere on the page. In check mode the first dropped connector opens; in diff mode a drop on one side opens
 * that version, and two folders dropped together elsewhere open as base and revision.
 */
function acceptDrops(): void {
  let depth = 0;
  const dragging = (on: boolean) => document.body.classList.toggle('dragging', on);
  document.addEventListener('dragenter', () => dragging(++depth > 0));
  document.addEventListener('dragleave', () => dragging(--depth > 0));
  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', async (event) => {
    event.preventDefault();
    depth = 0;
    dragging(false);
    if (!event.dataTransfer) return;
    const side = (event.target as Element | null)?.closest<HTMLElement>('.diff-side');
    const target = side?.dataset.side as Side | undefined;
    const dropped = event.dataTransfer;
    const [first, second] = (await reading('the dropped files', () => readDrop(dropped))) ?? [];
    if (!first) return;
    if (mode === 'check') return check.open(first);
    if (target) return diff.open(target, first);
    if (second) return diff.openBoth(first, second);
    return diff.open('base', first);
  });
}

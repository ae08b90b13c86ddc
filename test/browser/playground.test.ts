// The playground as a user meets it: built, served under its Content-Security-Policy, driven in Chromium.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectorFiles, ProfileId } from 'connector-certify';
import {
  chromiumPath,
  corpus,
  dropPaths,
  openPlayground,
  readConnector,
  repoRoot,
  screenshot,
  shownFindings,
  startHarness,
  workerThreadTimes,
  type Harness,
  type Session,
  type ThreadTimes,
} from './harness.js';

// A small connector with a script.csx and CRLF line endings, and the largest one in the corpus (about 1 MB).
const smallConnector = join(corpus, 'Byword/latest');
const largeConnector = join(corpus, 'HubSpot CRM V2/latest');
// Its last two revisions remove inputs that flows use.
const versionedConnector = join(corpus, 'Star Wars/history');

describe.skipIf(!existsSync(chromiumPath))('playground', () => {
  let harness: Harness;
  let session: Session | undefined;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  afterEach(async () => {
    const errors = session?.errors ?? [];
    await session?.context.close();
    session = undefined;
    expect(errors).toEqual([]);
  });

  /** What the library finds in Node, for the same files: the playground must show exactly this. */
  function expectedFindings(files: ConnectorFiles, profile: ProfileId = 'independent-publisher'): number {
    return validate(files, profile).findings.length;
  }

  function validate(files: ConnectorFiles, profile: ProfileId = 'independent-publisher') {
    const { parseConnector, validateConnector } = harness.certify;
    return validateConnector(parseConnector(files), { profile });
  }

  it('opens the failing example with its findings listed and underlined', async () => {
    session = await openPlayground(harness);
    const { page } = session;
    const example = await readConnector(join(repoRoot, 'examples/failing'));
    expect(await page.textContent('#check-connector')).toBe('examples/failing');
    expect(await shownFindings(page)).toBe(expectedFindings(example));
    expect(await page.locator('.cm-lintRange').count()).toBeGreaterThan(0);
    expect(await page.locator('#findings .finding').count()).toBe(await shownFindings(page));
    expect(await page.locator('#manual-checks input[type=checkbox]').count()).toBeGreaterThan(0);
    expect(await page.locator('#findings a.rule').first().getAttribute('href')).toMatch(/^https:\/\/.+\.md$/);

    // An underlined range tells its finding on hover.
    await page.locator('.cm-lintRange-error').first().hover();
    await page.waitForSelector('.cm-tooltip-lint');
    await screenshot(page, 'playground-check');

    // A finding moves the editor to its range.
    await page.locator('#findings .finding-jump').first().click();
    expect(await page.locator('#check-editor .cm-editor.cm-focused').count()).toBe(1);
  });

  it('lists errors first across areas, with a count per severity that filters', async () => {
    session = await openPlayground(harness);
    const { page } = session;
    const { counts, findings } = validate(await readConnector(join(repoRoot, 'examples/failing')));
    expect(counts.error).toBeGreaterThan(0);
    expect(counts.warning).toBeGreaterThan(0);
    const listed = () =>
      page.locator('#findings .finding').evaluateAll((items) => items.map((item) => item.dataset.severity));
    const all = await listed();
    expect(all).toHaveLength(findings.length);
    expect(all).toEqual([...all].sort((a, b) => rank(a) - rank(b)));
    // Each card still names its area, since the areas no longer head the groups.
    expect(await page.locator('#findings .finding .category').first().textContent()).toBeTruthy();

    const button = (severity: string) => page.locator(`#severity-filter [data-severity=${severity}]`);
    expect(await page.locator('#severity-filter button').allTextContents()).toEqual([
      `${counts.error} errors`,
      `${counts.warning} warnings`,
      `${counts.info} info`,
    ]);
    await button('error').click();
    expect(await button('error').getAttribute('aria-pressed')).toBe('true');
    expect(await listed()).toEqual(Array(counts.error).fill('error'));
    await button('warning').click();
    expect(await listed()).toEqual(Array(counts.warning).fill('warning'));
    await button('warning').click();
    expect(await listed()).toHaveLength(findings.length);
    expect(await button('warning').getAttribute('aria-pressed')).toBe('false');

    // A newly opened connector shows all its findings again.
    await button('error').click();
    await openExample(page, 'examples/passing');
    expect(await page.locator('#severity-filter [aria-pressed=true]').count()).toBe(0);
  });

  it('re-validates as the author types', async () => {
    session = await openPlayground(harness);
    const { page } = session;
    await openExample(page, 'examples/passing');
    const before = await shownFindings(page);
    await page.locator('#check-editor .cm-line', { hasText: '"title": "Tidewatch"' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(' API Connector');
    await page.waitForFunction(
      (count) => Number(document.querySelector('#check-summary')?.getAttribute('data-findings')) > count,
      before,
    );
    expect(await page.locator('#findings .rule', { hasText: /^title-/ }).count()).toBeGreaterThan(0);
  });

  it.skipIf(!existsSync(smallConnector))('checks a corpus connector folder dropped onto the page', async () => {
    session = await openPlayground(harness);
    const { page } = session;
    await dropPaths(page, [smallConnector], { x: 400, y: 400 });
    await waitForConnector(page, 'latest');
    expect(await page.locator('#check-editor [role=tab]').allTextContents()).toEqual([
      'apiDefinition.swagger.json',
      'apiProperties.json',
      'readme.md',
      'script.csx',
    ]);
    expect(await shownFindings(page)).toBe(expectedFindings(await readConnector(smallConnector)));
    expect(await page.locator('.cm-lintRange').count()).toBeGreaterThan(0);
    await screenshot(page, 'playground-dropped');
  });

  it('checks loose files dropped onto the page', async () => {
    session = await openPlayground(harness);
    const { page } = session;
    const files = await readConnector(join(repoRoot, 'examples/passing'));
    const payload = Object.entries(files).map(([name, bytes]) => ({ name, bytes: [...bytes] }));
    const dataTransfer = await page.evaluateHandle((entries) => {
      const transfer = new DataTransfer();
      for (const { name, bytes } of entries) transfer.items.add(new File([new Uint8Array(bytes)], name));
      return transfer;
    }, payload);
    await page.dispatchEvent('#check-editor', 'drop', { dataTransfer });
    await waitForConnector(page, `${payload.length} files`);
    expect(await shownFindings(page)).toBe(expectedFindings(files));
  });

  it.skipIf(!existsSync(largeConnector))('checks the largest corpus connector, chosen as a folder', async () => {
    session = await openPlayground(harness);
    const { page } = session;
    await page.setInputFiles('#check-folder', largeConnector);
    await waitForConnector(page, 'latest');
    expect(await shownFindings(page)).toBe(expectedFindings(await readConnector(largeConnector)));
    const ms = Number(await page.getAttribute('#check-summary', 'data-ms'));
    console.log(`HubSpot CRM V2 (1 MB): parsed and validated in ${ms.toFixed(0)} ms in the worker`);
    await screenshot(page, 'playground-large');
  });

  it.skipIf(!existsSync(largeConnector))('re-validates the 1 MB connector after a keystroke (timed)', async () => {
    session = await openPlayground(harness);
    const { page } = session;
    await page.setInputFiles('#check-folder', largeConnector);
    await waitForConnector(page, 'latest');
    await page.locator('#check-editor .cm-line', { hasText: '"title": "HubSpot CRM V2"' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const keystrokes = 11;
    const timings: KeystrokeTiming[] = [];
    let threadBefore: ThreadTimes | undefined;
    for (let index = 0; index < keystrokes; index++) {
      timings.push(await timeKeystroke(page, 'X'));
      if (index === 0) threadBefore = workerThreadTimes();
    }
    const threadAfter = workerThreadTimes();
    // The first keystroke warms the worker's caches; the figures are medians of the others.
    const warm = timings.slice(1);
    const figure = (of: (timing: KeystrokeTiming) => number) => median(warm.map(of)).toFixed(1);
    const perKeystroke = (of: (times: ThreadTimes) => number) =>
      ((of(threadAfter!) - of(threadBefore!)) / warm.length).toFixed(1);
    // Where Linux tells them: what the worker's thread spent on a CPU, and waiting for one (a shared machine's load).
    const thread =
      threadBefore && threadAfter
        ? `; the worker's thread ran ${perKeystroke((times) => times.cpuMs)} ms per keystroke on a CPU and ` +
          `waited ${perKeystroke((times) => times.waitMs)} ms for one`
        : '';
    console.log(
      `HubSpot CRM V2 (1 MB), re-validation after a keystroke, median of ${warm.length}: ` +
        `${figure((timing) => timing.workerMs)} ms in the worker ` +
        `(${figure((timing) => timing.parseMs)} ms taking the edit in and parsing, the rest validating); ` +
        `${figure((timing) => timing.roundTripMs)} ms from the request to the findings on the page; ` +
        `${figure((timing) => timing.wallMs)} ms from the key press to the findings painted, of which ` +
        `${revalidateDelayMs} ms is the pause that waits for more typing and ` +
        `${figure((timing) => timing.wallMs - revalidateDelayMs - timing.workerMs)} ms is neither that nor the worker` +
        thread,
    );
    // What is shown is what the library finds in the edited text.
    const files = await readConnector(largeConnector);
    const swagger = new TextDecoder().decode(files['apiDefinition.swagger.json']);
    const edited = swagger.replace('"title": "HubSpot CRM V2"', `"title": "HubSpot CRM V2${'X'.repeat(keystrokes)}"`);
    expect(edited).not.toBe(swagger);
    expect(await shownFindings(page)).toBe(expectedFindings({ ...files, 'apiDefinition.swagger.json': edited }));
  });

  it('fixes a finding in the editor: the finding goes, only its place changes, and undo brings it back', async () => {
    session = await openPlayground(harness);
    const { page } = session;
    const name = 'apiDefinition.swagger.json';
    const files = await readConnector(join(repoRoot, 'examples/failing'));
    const { applyFixes, parseConnector } = harness.certify;
    const input = parseConnector(files);
    const finding = validate(files).findings.find((candidate) => candidate.ruleId === 'meta-basepath' && candidate.fix);
    expect(finding).toBeDefined();
    const original = new TextDecoder().decode(files[name]);
    const fixed = applyFixes(input, [finding!]).files[name]!;

    await findingCards(page, 'meta-basepath').locator('[data-action=fix]').click();
    await waitForCards(page, 'meta-basepath', 0);
    // The editor takes the focus, on the change, so that its undo is at hand.
    expect(await page.locator('#check-editor .cm-editor.cm-focused').count()).toBe(1);
    expect(await savedFile(page)).toBe(fixed);
    expect(changedLines(original, fixed)).toEqual([['  "basePath": "v1",', '  "basePath": "/v1",']]);
    expect(await shownFindings(page)).toBe(expectedFindings({ ...files, [name]: fixed }));
    // The change is shown: the line marked in the editor, and the line before and after under it.
    expect(await page.locator('#check-editor .cm-changed-line').count()).toBe(1);
    const report = await page.textContent('#fix-report p');
    expect(report).toMatch(/^Fixed the meta-basepath finding in apiDefinition\.swagger\.json/);
    expect(await page.locator('#fix-report del').allTextContents()).toEqual(['  "basePath": "v1",']);
    expect(await page.locator('#fix-report ins').allTextContents()).toEqual(['  "basePath": "/v1",']);
    // docs/images/playground-fix.png: the change, and a finding that offers its fix.
    await findingCards(page, 'meta-categories-max').locator('[data-action=fix]').scrollIntoViewIfNeeded();
    await screenshot(page, 'playground-fix');

    // The editor's undo takes the fix back.
    await page.locator('#check-editor .cm-content').focus();
    await page.keyboard.press('Control+z');
    await waitForCards(page, 'meta-basepath', 1);
    expect(await savedFile(page)).toBe(original);
    expect(await page.locator('#check-editor .cm-changed-line').count()).toBe(0);

    // A fix in a file not shown opens that file's tab.
    await page.getByRole('tab', { name: 'readme.md' }).click();
    await findingCards(page, 'op-summary-no-trailing-punct').locator('[data-action=fix]').click();
    await waitForCards(page, 'op-summary-no-trailing-punct', 0);
    const selected = page.locator('#check-editor [role=tab][aria-selected=true]');
    expect(await selected.textContent()).toBe(name);

    // A fix the library will not make says why, and changes nothing: this apiProperties.json has a duplicate key.
    await page.getByRole('tab', { name: 'apiProperties.json' }).click();
    const properties = await savedFile(page);
    await findingCards(page, 'props-iconbrandcolor-ip').locator('[data-action=fix]').click();
    await page.waitForFunction(() => document.querySelector('#fix-report p')?.textContent === 'Nothing was fixed.');
    expect(await page.textContent('#fix-report .fix-skipped')).toMatch(/^Left out: .*does not parse cleanly/);
    expect(await findingCards(page, 'props-iconbrandcolor-ip').count()).toBe(1);
    expect(await savedFile(page)).toBe(properties);
  });

  it('offers the fix where the finding is underlined', async () => {
    session = await openPlayground(harness);
    const { page } = session;
    const line = page.locator('#check-editor .cm-line', { hasText: '"basePath": "v1"' });
    await line.locator('.cm-lintRange').hover();
    await page.locator('.cm-tooltip-lint .cm-diagnosticAction', { hasText: 'Fix' }).click();
    await waitForCards(page, 'meta-basepath', 0);
    expect(await page.locator('#check-editor .cm-line', { hasText: '"basePath": "/v1"' }).count()).toBe(1);
  });

  it('fixes every finding of a rule at once', async () => {
    session = await openPlayground(harness);
    const { page } = session;
    const name = 'apiDefinition.swagger.json';
    const passing = await readFile(join(repoRoot, 'examples/passing/apiDefinition.swagger.json'), 'utf8');
    // Two summaries that end in a full stop.
    const swagger = passing.replace(/("summary": "[^"]+)"/g, '$1."');
    const { applyFixes, parseConnector, validateConnector } = harness.certify;
    const input = parseConnector({ [name]: swagger });
    const ruleId = 'op-summary-no-trailing-punct';
    const fixable = validateConnector(input).findings.filter((finding) => finding.ruleId === ruleId && finding.fix);
    expect(fixable).toHaveLength(2);
    const fixed = applyFixes(input, fixable).files[name]!;

    await page.click('#check-paste');
    await page.keyboard.insertText(swagger);
    await waitForCards(page, ruleId, 2);
    await findingCards(page, ruleId).first().locator('[data-action=fix-rule]', { hasText: 'Fix all 2' }).click();
    await waitForCards(page, ruleId, 0);
    expect(await savedFile(page)).toBe(fixed);
    expect(changedLines(swagger, fixed)).toEqual([
      ['        "summary": "List stations.",', '        "summary": "List stations",'],
      ['        "summary": "Get tide predictions.",', '        "summary": "Get tide predictions",'],
    ]);
    expect(await page.textContent('#fix-report p')).toMatch(/^Fixed 2 op-summary-no-trailing-punct findings/);
    expect(await page.locator('#check-editor .cm-changed-line').count()).toBe(2);
  });

  it('checks a pasted swagger for what was given, with one note for the files left out', async () => {
    session = await openPlayground(harness);
    const { page } = session;
    // A link made for the connector open before does not stay beside the pasted one.
    await page.click('#share-link');
    await page.waitForSelector('#share-status:not(:empty)');
    await page.click('#check-paste');
    expect(await page.isVisible('#share-output')).toBe(false);
    expect(await page.textContent('#share-status')).toBe('');
    // An empty editor to paste into is not reported as an empty swagger.
    expect(await page.textContent('#check-summary')).toMatch(/^Paste or type a swagger/);
    expect(await page.locator('#findings .finding').count()).toBe(0);

    const swagger = await readFile(join(repoRoot, 'examples/passing/apiDefinition.swagger.json'), 'utf8');
    const alone = validate({ 'apiDefinition.swagger.json': swagger });
    // The library, given the swagger alone, also reports the files it lacks: those are what the note replaces.
    const leftOut = alone.findings.filter((finding) => finding.file !== 'apiDefinition.swagger.json');
    expect(leftOut.map((finding) => finding.file).sort()).toEqual(['apiProperties.json', 'readme.md']);
    await page.keyboard.insertText(swagger);
    await page.waitForFunction(() => document.querySelector('#check-summary')?.textContent?.startsWith('Passes'));
    expect(await shownFindings(page)).toBe(alone.findings.length - leftOut.length);
    const aboutLeftOut = page.locator('#findings .finding .location', { hasText: /^(apiProperties\.json|readme\.md)/ });
    expect(await aboutLeftOut.count()).toBe(0);
    expect(await page.textContent('#check-given')).toMatch(
      /^Only apiDefinition\.swagger\.json was given, .*apiProperties\.json and readme\.md/,
    );
  });

  it('says it is loading until the first connector is checked, never "No file open"', async () => {
    session = await openPlayground(harness);
    const { context } = session;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/certify.worker*.js', async (route) => {
      await released;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(harness.server.url);
    await page.waitForSelector('.loading-note', { state: 'visible' });
    expect(await page.isVisible('#check-connector')).toBe(false);
    expect(await page.isVisible('#check-editor')).toBe(false);
    expect(await page.isVisible('#check-summary')).toBe(false);
    await screenshot(page, 'playground-loading');
    release();
    await page.waitForSelector('#check-summary[data-findings]');
    expect(await page.isVisible('.loading-note')).toBe(false);
    expect(await page.isVisible('#check-editor .cm-editor')).toBe(true);
    expect(await page.textContent('#check-connector')).toBe('examples/failing');
  });

  it('diffs two versions, breaking changes first', async () => {
    session = await openPlayground(harness);
    const { page } = session;
    await page.getByRole('tab', { name: 'Diff' }).click();
    // Before anything is open, the page says what to do.
    expect(await page.textContent('#diff-summary')).toMatch(/^Open a version on each side/);
    expect(await page.locator('.diff-side[data-side=base] .cm-placeholder').textContent()).toBe(
      'Open or drop the base version here.',
    );
    await page.click('#diff-open-example');
    await page.waitForSelector('#diff-summary[data-breaking]');
    expect(Number(await page.getAttribute('#diff-summary', 'data-breaking'))).toBeGreaterThan(0);
    const first = page.locator('#changes .finding').first();
    expect(await first.getAttribute('data-level')).toBe('breaking');
    await first.locator('.finding-jump').click();
    for (const side of ['base', 'revision']) {
      expect(await page.locator(`.diff-side[data-side=${side}] .cm-lintRange`).count()).toBeGreaterThan(0);
    }
    expect(await page.locator('.diff-side[data-side=revision] .cm-editor.cm-focused').count()).toBe(1);
    await screenshot(page, 'playground-diff');

    // Selecting a word marks no other text: beside a diff, highlighted matches would read as changes.
    const revision = page.locator('.diff-side[data-side=revision] .cm-content');
    await revision.locator('span', { hasText: /^"query"$/ }).first().dblclick();
    expect(await page.locator('.diff-side[data-side=revision] .cm-selectionBackground').count()).toBeGreaterThan(0);
    expect(await page.locator('.diff-side .cm-selectionMatch').count()).toBe(0);
  });

  it.skipIf(!existsSync(versionedConnector))('diffs two corpus revisions dropped on either side', async () => {
    session = await openPlayground(harness);
    const { page } = session;
    await page.getByRole('tab', { name: 'Diff' }).click();
    const revisions = (await readdir(versionedConnector)).sort().map((name) => join(versionedConnector, name));
    const [base, revision] = revisions.slice(-2) as [string, string];
    for (const [side, folder] of [['base', base], ['revision', revision]] as const) {
      const box = (await page.locator(`.diff-side[data-side=${side}] .cm-editor`).boundingBox())!;
      await dropPaths(page, [folder], { x: box.x + box.width / 2, y: box.y + box.height / 2 });
      await page.waitForFunction(
        ([which, name]) =>
          document.querySelector(`.diff-side[data-side=${which}] [data-role=name]`)?.textContent === name,
        [side, basename(folder)],
      );
      if (side === 'base') {
        // The version opened first is shown at once, not left saying "Open or drop the base version here".
        await page.waitForSelector('.diff-side[data-side=base] [role=tab]');
        expect(await page.textContent('#diff-summary')).toBe('Open the revision to compare.');
      }
    }
    await page.waitForSelector('#diff-summary[data-breaking]');
    const { parseConnector } = harness.certify;
    const { diffConnectors } = harness.certifyDiff;
    const [baseFiles, revisionFiles] = [await readConnector(base), await readConnector(revision)];
    const expected = diffConnectors(parseConnector(baseFiles), parseConnector(revisionFiles));
    const breaking = expected.changes.filter((change) => change.level === 'breaking').length;
    expect(breaking).toBeGreaterThan(0);
    expect(Number(await page.getAttribute('#diff-summary', 'data-breaking'))).toBe(breaking);
    expect(await page.locator('#changes .finding').count()).toBe(expected.changes.length);
  });

  it('exports the findings as JSON and shares a swagger through the link', async () => {
    session = await openPlayground(harness);
    const { page, context } = session;
    await openExample(page, 'examples/passing');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const report = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(report.results[0]).toMatchObject({ folder: 'examples/passing', profile: 'independent-publisher' });
    expect(report.results[0].findings).toHaveLength(await shownFindings(page));
    // Offered only when the build's `format` writes SARIF.
    if (await page.isVisible('#export-sarif')) {
      const [sarifDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-sarif')]);
      const sarif = JSON.parse(await readFile((await sarifDownload.path())!, 'utf8'));
      expect(sarif.version).toBe('2.1.0');
    }

    await page.selectOption('#check-profile', 'certified');
    await page.click('#share-link');
    await page.waitForSelector('#share-url:visible');
    const link = await page.inputValue('#share-url');
    expect(link).toMatch(/#profile=certified&swagger=deflate\./);

    const shared = await context.newPage();
    await shared.goto(link);
    await shared.waitForSelector('#check-summary[data-findings]');
    expect(await shared.textContent('#check-connector')).toBe('Shared swagger');
    expect(await shared.inputValue('#check-profile')).toBe('certified');
    // The same findings in the swagger as the library gives for it alone: the link carried it intact.
    const swagger = await readFile(join(repoRoot, 'examples/passing/apiDefinition.swagger.json'), 'utf8');
    const { findings } = validate({ 'apiDefinition.swagger.json': swagger }, 'certified');
    const inSwagger = findings.filter((finding) => finding.file === 'apiDefinition.swagger.json');
    expect(findings.length).toBeGreaterThan(inSwagger.length);
    expect(await shownFindings(shared)).toBe(inSwagger.length);
    expect(await shared.isVisible('#check-given')).toBe(true);
  });

  it('is usable on a narrow screen in the dark theme, from the keyboard', async () => {
    session = await openPlayground(harness, { width: 375, height: 800, colorScheme: 'dark' });
    const { page } = session;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const editor = page.locator('.cm-editor').first();
    const editorBackground = await editor.evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(editorBackground).not.toBe('rgb(255, 255, 255)');
    await page.getByRole('tab', { name: 'Check' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.isVisible('#diff-mode')).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await page.isVisible('#check-mode')).toBe(true);
    await screenshot(page, 'playground-narrow-dark');
  });
});

async function openExample(page: Session['page'], label: string): Promise<void> {
  await page.selectOption('#check-example', { label });
  await page.click('#check-open-example');
  await waitForConnector(page, label);
}

/** Waits until a connector is open and checked. */
async function waitForConnector(page: Session['page'], label: string): Promise<void> {
  await page.waitForFunction(
    (name) =>
      document.querySelector('#check-connector')?.textContent === name &&
      document.querySelector('#check-summary[data-findings]') !== null,
    label,
  );
}

/** The cards of a rule's findings. */
function findingCards(page: Session['page'], ruleId: string) {
  return page.locator('#findings .finding', { has: page.locator('.rule', { hasText: new RegExp(`^${ruleId}$`) }) });
}

/** Waits until the playground lists that many findings of a rule. */
async function waitForCards(page: Session['page'], ruleId: string, count: number): Promise<void> {
  await page.waitForFunction(
    ([rule, expected]) => {
      const rules = Array.from(document.querySelectorAll('#findings .finding .rule'));
      return rules.filter((item) => item.textContent === rule).length === expected;
    },
    [ruleId, count] as const,
  );
}

/** The file shown in the editor, as "Save file" downloads it. */
async function savedFile(page: Session['page']): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-file')]);
  return readFile((await download.path())!, 'utf8');
}

/** The lines that differ between two texts of the same line count, as [before, after]. */
function changedLines(before: string, after: string): Array<[string, string]> {
  const [old, now] = [before.split('\n'), after.split('\n')];
  expect(now).toHaveLength(old.length);
  return old.flatMap((line, index) => (line === now[index] ? [] : [[line, now[index]!] as [string, string]]));
}

/** How long the playground waits for typing to pause before it re-validates (check-mode.ts). */
const revalidateDelayMs = 300;

interface KeystrokeTiming {
  /** Parse and validation inside the worker, as the worker measured it. */
  workerMs: number;
  /** Of `workerMs`, taking the edit in and parsing the edited file. */
  parseMs: number;
  /** From the page's request to the findings put on the page. */
  roundTripMs: number;
  /** From the key press to the findings painted, the pause that waits for more typing included. */
  wallMs: number;
}

/** Types one key and times the re-validation it causes. */
async function timeKeystroke(page: Session['page'], key: string): Promise<KeystrokeTiming> {
  const shown = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const summary = document.querySelector('#check-summary')!;
        const observer = new MutationObserver(() => {
          observer.disconnect();
          // Up to the frame that shows the findings: the task after the next animation frame runs once it is painted.
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
        });
        observer.observe(summary, { attributes: true, attributeFilter: ['data-ms'] });
      }),
  );
  const pressed = await page.evaluate(() => performance.now());
  await page.keyboard.press(key);
  const shownAt = await shown;
  const data = await page.$eval('#check-summary', (summary) => ({ ...(summary as HTMLElement).dataset }));
  return { workerMs: Number(data.ms), parseMs: Number(data.parseMs), roundTripMs: Number(data.roundTripMs ?? NaN), wallMs: shownAt - pressed };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const severityOrder = ['error', 'warning', 'info'];

function rank(severity: string | undefined): number {
  return severityOrder.indexOf(severity ?? '');
}

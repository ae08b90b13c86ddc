// Check mode: one connector in the editor, re-validated in the worker as the author types. The worker keeps the
// connector, so an edit sends only what changed, and what is on screen is redrawn only where it changed.
import type { ChangeSet } from '@codemirror/state';
import type { Finding, ManualCheck, ProfileId, ValidationResult } from 'connector-certify';
import { latestOnly, type CertifyClient } from '../certify/client.js';
import type { Catalogue, Checked, ExportFormat, FileEdits, FileTexts, FixTarget } from '../certify/protocol.js';
import { checkExamples } from '../connector/examples.js';
import type { ConnectorSource } from '../connector/source.js';
import { FileEditor } from '../editor/file-editor.js';
import type { EditorMark } from '../editor/marks.js';
import { download } from '../share/download.js';
import { encodeFragment, maxLinkLength } from '../share/share-link.js';
import { debounce } from '../ui/debounce.js';
import { required } from '../ui/dom.js';
import { onInputChosen } from '../ui/file-inputs.js';
import { renderChecklist } from './checklist.js';
import { FindingsPanel } from './findings-panel.js';
import { hideFixReport, renderFixReport, type FixedFile } from './fix-report.js';
import { checkGivenFiles, givenFilesNote } from './given-files.js';
import { PendingEdits } from './pending-edits.js';
import { SeverityFilter } from './severity-filter.js';

/** Long enough to wait out a burst of typing, short enough to feel live. */
const revalidateDelayMs = 300;
const swaggerName = /^apidefinition\.swagger\.json$/i;
const exportButtons = ['#export-json', '#export-sarif', '#share-link', '#save-file'];
const exportTypes: Record<ExportFormat, { suffix: string; type: string }> = {
  json: { suffix: 'findings.json', type: 'application/json' },
  sarif: { suffix: 'sarif', type: 'application/sarif+json' },
};

export class CheckMode {
  private readonly editor: FileEditor;
  private readonly profile = required<HTMLSelectElement>('#check-profile');
  private readonly summary = required('#check-summary');
  private readonly shareStatus = required('#share-status');
  private readonly fixReport = required('#fix-report');
  private readonly severityFilter = new SeverityFilter(required('#severity-filter'), () => this.renderFindings());
  private readonly findings: FindingsPanel;
  private readonly recheck = latestOnly((_: void) => this.sendEdits());
  private readonly revalidateSoon = debounce(() => void this.revalidate(), revalidateDelayMs);
  private source: ConnectorSource | undefined;
  /** Counts opened connectors; the worker keeps the latest one, and the editor shows `editorSession`'s files. */
  private session = 0;
  private editorSession = 0;
  /** The edits the worker has not had yet. */
  private readonly pending = new PendingEdits();
  /** Counts edits and opened connectors, so a reply for text that has changed since is not shown. */
  private revision = 0;
  /** The result as shown: for a partial connector, without the findings about the files left out. */
  private result: ValidationResult | undefined;
  /** What the checklist was last made from, to redraw it only when that changes. */
  private checklistKey = '';

  constructor(
    private readonly client: CertifyClient,
    private readonly catalogue: Catalogue,
  ) {
    this.editor = new FileEditor({
      parent: required('#check-editor'),
      label: 'Connector',
      onEdit: (file, changes) => this.onEdit(file, changes),
    });
    this.findings = new FindingsPanel(required('#findings'), {
      areas: catalogue.areas,
      canReveal: (finding) => this.editor.files().includes(finding.file),
      reveal: (finding) => this.editor.reveal(finding.file, finding.range),
      fix: (finding, allOfRule) => void this.fix(finding, allOfRule),
    });
    this.setUpProfiles();
    this.setUpSources();
    this.setUpSharing();
  }

  /** Opens a connector, replacing the one in the editor. */
  async open(source: ConnectorSource): Promise<void> {
    const session = this.replaceSource(source);
    this.summary.textContent = 'Checking…';
    const sent = performance.now();
    const reply = await this.client.call('open', { session, files: source.files, profile: this.selectedProfile() });
    if (session !== this.session) return;
    this.openTexts(reply.texts);
    this.show(reply, sent);
  }

  /** Opens an empty swagger to paste into. Nothing is checked until there is text: an empty file is not news. */
  private openBlankSwagger(): void {
    const name = 'apiDefinition.swagger.json';
    const files = { [name]: '' };
    const session = this.replaceSource({ label: 'Pasted swagger', files, partial: true });
    // The worker keeps the empty file, so that what is typed is sent as an edit of it.
    this.client.call('open', { session, files, profile: this.selectedProfile() }).catch(() => undefined);
    this.result = undefined;
    this.openTexts(files);
    this.summary.textContent = 'Paste or type a swagger in the editor: it is checked as you type.';
    this.severityFilter.update({ error: 0, warning: 0, info: 0 });
    required('#findings').replaceChildren();
    required('#check-given').hidden = true;
    for (const button of exportButtons) required<HTMLButtonElement>(button).disabled = true;
    required('.check-body').removeAttribute('aria-busy');
    this.editor.reveal(name, undefined);
  }

  /** Selects a profile by id, when the catalogue has it. */
  selectProfile(id: string): void {
    if (this.catalogue.profiles.some((profile) => profile.id === id)) this.profile.value = id;
    this.describeProfile();
  }

  setDark(dark: boolean): void {
    this.editor.setDark(dark);
  }

  /** Forgets the connector on screen and what was made for it; returns the new session. */
  private replaceSource(source: ConnectorSource): number {
    this.source = source;
    required('#check-connector').textContent = source.label;
    this.hideShareLink();
    hideFixReport(this.fixReport);
    this.severityFilter.reset();
    delete this.summary.dataset.findings;
    this.revision++;
    return ++this.session;
  }

  /** Shows the opened connector's files: edits from here on are edits of it. */
  private openTexts(texts: FileTexts): void {
    this.editor.open(texts);
    this.editorSession = this.session;
    this.pending.clear();
    this.revision++;
    this.findings.reset();
    this.showBinaryFiles(texts);
  }

  private onEdit(file: string, changes: ChangeSet): void {
    // Typing into the previous connector while the next one is read changes nothing that will be shown.
    if (this.editorSession !== this.session) return;
    this.pending.add(file, changes);
    this.revision++;
    this.revalidateSoon();
  }

  private async revalidate(): Promise<void> {
    const reply = await this.recheck();
    if (reply && reply.revision === this.revision) this.show(reply.checked, reply.sent);
  }

  /** Sends the edits made since the last call; run one at a time, and only for the newest request. */
  private async sendEdits(): Promise<{ checked: Checked; revision: number; sent: number } | undefined> {
    const { revision, session } = this;
    const sent = performance.now();
    const request = { session, edits: this.takeEdits(), profile: this.selectedProfile() };
    const checked = await this.client.call('edit', request);
    return checked && { checked, revision, sent };
  }

  private takeEdits(): FileEdits {
    return this.pending.take((file) => this.editor.text(file) ?? '');
  }

  /** Applies the fix of one finding, or of every finding of its rule, to the editor's text. */
  private async fix(finding: Finding, allOfRule: boolean): Promise<void> {
    const { ruleId, file, pointer } = finding;
    const target: FixTarget = allOfRule ? { ruleId } : { ruleId, file, pointer };
    const { revision, session } = this;
    const request = { session, edits: this.takeEdits(), profile: this.selectedProfile(), target };
    const outcome = await this.client.call('fix', request);
    // The edits are positions in the text the worker had: typing since then would put them in the wrong place.
    if (!outcome || revision !== this.revision) return;
    const files: FixedFile[] = Object.entries(outcome.edits).map(([name, edits]) => ({
      file: name,
      changed: this.editor.applyEdits(name, edits),
    }));
    renderFixReport(this.fixReport, { ruleId, fixed: outcome.fixed, skipped: outcome.skipped, files });
    // Checked at once rather than after a pause in typing: the fixed findings should go as the text changes.
    this.revalidateSoon.cancel();
    await this.revalidate();
  }

  /** Shows a result; `sent` is when it was asked for, to time the round trip. */
  private show({ result: checked, ms, parseMs }: Checked, sent: number): void {
    const result = this.checkWhatWasGiven(checked);
    this.result = result;
    this.showMarks(result.findings);
    this.severityFilter.update(result.counts);
    this.renderFindings();
    this.showChecklist(result.manualChecks);
    const verdict = result.ok ? 'Passes' : 'Does not pass';
    this.summary.textContent = `${verdict}. Checked in ${Math.round(ms)} ms.`;
    this.summary.dataset.findings = String(result.findings.length);
    this.summary.dataset.roundTripMs = (performance.now() - sent).toFixed(1);
    this.summary.dataset.parseMs = parseMs.toFixed(1);
    this.summary.dataset.ms = ms.toFixed(1);
    for (const button of exportButtons) required<HTMLButtonElement>(button).disabled = false;
    // The page is ready once the first connector is shown: until then it says it is loading, not "No file open".
    required('.check-body').removeAttribute('aria-busy');
  }

  /** For a partial connector, one note instead of the findings that only say the files left out are missing. */
  private checkWhatWasGiven(result: ValidationResult): ValidationResult {
    const note = required('#check-given');
    note.hidden = true;
    if (!this.source?.partial) return result;
    const given = Object.keys(this.source.files);
    const { result: shown, missing } = checkGivenFiles(result, given);
    note.hidden = missing.length === 0;
    note.textContent = givenFilesNote(given, missing);
    return shown;
  }

  private renderFindings(): void {
    if (this.result) this.findings.render(this.result.findings, this.severityFilter.selected);
  }

  private showMarks(findings: readonly Finding[]): void {
    const byFile = new Map(this.editor.files().map((file) => [file, [] as EditorMark[]]));
    for (const finding of findings) {
      const fix = finding.fix && { apply: () => void this.fix(finding, false), target: finding.pointer };
      byFile.get(finding.file)?.push({ ...toMark(finding), fix });
    }
    for (const [file, marks] of byFile) this.editor.setMarks(file, marks);
  }

  private showChecklist(checks: ManualCheck[]): void {
    const key = JSON.stringify(checks);
    if (key === this.checklistKey) return;
    this.checklistKey = key;
    renderChecklist(required('#manual-checks'), checks);
  }

  private showBinaryFiles(texts: Record<string, string>): void {
    const binary = Object.keys(this.source?.files ?? {}).filter((name) => !(name in texts));
    const note = required('#check-binary-files');
    note.hidden = binary.length === 0;
    note.textContent = `Also checked, not shown: ${binary.join(', ')}.`;
  }

  private selectedProfile(): ProfileId {
    return this.profile.value as ProfileId;
  }

  private describeProfile(): void {
    const profile = this.catalogue.profiles.find(({ id }) => id === this.profile.value);
    this.profile.title = profile?.description ?? '';
  }

  private setUpProfiles(): void {
    this.profile.replaceChildren(...this.catalogue.profiles.map(({ id }) => new Option(id, id)));
    this.profile.disabled = false;
    this.describeProfile();
    this.profile.addEventListener('change', () => {
      this.describeProfile();
      void this.revalidate();
    });
  }

  private setUpSources(): void {
    const examples = required<HTMLSelectElement>('#check-example');
    examples.replaceChildren(...checkExamples.map((example, index) => new Option(example.label, String(index))));
    required('#check-open-example').addEventListener('click', () => {
      const example = checkExamples[Number(examples.value)];
      if (example) void this.open(example);
    });
    onInputChosen(required<HTMLInputElement>('#check-folder'), (source) => void this.open(source));
    onInputChosen(required<HTMLInputElement>('#check-files'), (source) => void this.open(source));
    required('#check-paste').addEventListener('click', () => this.openBlankSwagger());
  }

  private setUpSharing(): void {
    // Offered only when this build's `format` writes SARIF.
    required('#export-sarif').hidden = !this.catalogue.formats.includes('sarif');
    required('#export-json').addEventListener('click', () => void this.export('json'));
    required('#export-sarif').addEventListener('click', () => void this.export('sarif'));
    required('#share-link').addEventListener('click', () => void this.copyLink());
    required('#save-file').addEventListener('click', () => this.saveFile());
  }

  /** Saves the file shown in the editor, edits and fixes included. */
  private saveFile(): void {
    const file = this.editor.activeFile();
    const text = file === undefined ? undefined : this.editor.text(file);
    if (file === undefined || text === undefined) return;
    download(file, text, /\.json$/i.test(file) ? 'application/json' : 'text/plain');
  }

  private async export(format: ExportFormat): Promise<void> {
    if (!this.result || !this.source) return;
    const { text } = await this.client.call('export', { result: this.result, folder: this.source.label, format });
    const slug = this.source.label.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'connector';
    const { suffix, type } = exportTypes[format];
    download(`${slug}.${suffix}`, text, type);
  }

  /** A link made for the connector open before is no longer the one on screen. */
  private hideShareLink(): void {
    required('#share-output').hidden = true;
    required<HTMLInputElement>('#share-url').value = '';
    this.shareStatus.textContent = '';
  }

  private async copyLink(): Promise<void> {
    const swagger = this.editor.files().find((file) => swaggerName.test(file));
    if (!swagger) {
      this.shareStatus.textContent = 'There is no apiDefinition.swagger.json to share.';
      return;
    }
    const text = this.editor.text(swagger) ?? '';
    const fragment = await encodeFragment({ swagger: text, profile: this.selectedProfile() });
    const url = `${location.href.split('#')[0]}#${fragment}`;
    if (url.length > maxLinkLength) {
      const size = Math.round(url.length / 1024);
      this.shareStatus.textContent = `This swagger is too large for a link (${size} KB); share the file instead.`;
      return;
    }
    const field = required<HTMLInputElement>('#share-url');
    field.value = url;
    required('#share-output').hidden = false;
    const copied = await navigator.clipboard?.writeText(url).then(
      () => true,
      () => false,
    );
    this.shareStatus.textContent = copied ? 'Link copied to the clipboard.' : 'Copy the link below.';
    field.select();
  }
}

function toMark(finding: Finding): EditorMark {
  const { range, severity, message, ruleId, docsUrl } = finding;
  return { range, severity, message, source: ruleId, docsUrl };
}

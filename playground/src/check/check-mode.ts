// Check mode: one connector in the editor, re-validated in the worker as the author types.
import type { Finding, ProfileId, ValidationResult } from 'connector-certify';
import { latestOnly, type CertifyClient } from '../certify/client.js';
import type { Calls, Catalogue, ConnectorFiles, ExportFormat } from '../certify/protocol.js';
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
import { renderFindings } from './findings-panel.js';
import { checkGivenFiles, givenFilesNote } from './given-files.js';
import { SeverityFilter } from './severity-filter.js';

/** Long enough to wait out a burst of typing, short enough to feel live. */
const revalidateDelayMs = 300;
const swaggerName = /^apidefinition\.swagger\.json$/i;
const exportButtons = ['#export-json', '#export-sarif', '#share-link'];
const exportTypes: Record<ExportFormat, { suffix: string; type: string }> = {
  json: { suffix: 'findings.json', type: 'application/json' },
  sarif: { suffix: 'sarif', type: 'application/sarif+json' },
};

export class CheckMode {
  private readonly editor: FileEditor;
  private readonly profile = required<HTMLSelectElement>('#check-profile');
  private readonly summary = required('#check-summary');
  private readonly shareStatus = required('#share-status');
  private readonly severityFilter = new SeverityFilter(required('#severity-filter'), () => this.renderFindings());
  private readonly check = latestOnly((request: Calls['check']['request']) => this.client.call('check', request));
  private readonly revalidateSoon = debounce(() => void this.revalidate(), revalidateDelayMs);
  private source: ConnectorSource | undefined;
  private readonly edited = new Set<string>();
  /** Counts edits and opened connectors, so a reply for text that has changed since is not shown. */
  private revision = 0;
  /** The result as shown: for a partial connector, without the findings about the files left out. */
  private result: ValidationResult | undefined;

  constructor(
    private readonly client: CertifyClient,
    private readonly catalogue: Catalogue,
  ) {
    this.editor = new FileEditor({
      parent: required('#check-editor'),
      label: 'Connector',
      onEdit: (file) => this.onEdit(file),
    });
    this.setUpProfiles();
    this.setUpSources();
    this.setUpSharing();
  }

  /** Opens a connector, replacing the one in the editor. */
  async open(source: ConnectorSource): Promise<void> {
    const revision = this.replaceSource(source);
    this.summary.textContent = 'Checking…';
    const reply = await this.check({ files: source.files, profile: this.selectedProfile(), withTexts: true });
    if (!reply?.texts || revision !== this.revision) return;
    this.editor.open(reply.texts);
    this.showBinaryFiles(reply.texts);
    this.show(reply.result, reply.ms);
  }

  /** Opens an empty swagger to paste into. Nothing is checked until there is text: an empty file is not news. */
  private openBlankSwagger(): void {
    const name = 'apiDefinition.swagger.json';
    this.replaceSource({ label: 'Pasted swagger', files: { [name]: '' }, partial: true });
    this.result = undefined;
    const texts = { [name]: '' };
    this.editor.open(texts);
    this.showBinaryFiles(texts);
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

  /** Forgets the connector on screen and what was made for it; returns the new revision. */
  private replaceSource(source: ConnectorSource): number {
    this.source = source;
    this.edited.clear();
    required('#check-connector').textContent = source.label;
    this.hideShareLink();
    this.severityFilter.reset();
    delete this.summary.dataset.findings;
    return ++this.revision;
  }

  private onEdit(file: string): void {
    this.edited.add(file);
    this.revision++;
    this.revalidateSoon();
  }

  private async revalidate(): Promise<void> {
    if (!this.source) return;
    const revision = this.revision;
    const files = this.currentFiles(this.source);
    const reply = await this.check({ files, profile: this.selectedProfile(), withTexts: false });
    if (reply && revision === this.revision) this.show(reply.result, reply.ms);
  }

  /** The files as opened, with the edited ones replaced by the editor's text. */
  private currentFiles(source: ConnectorSource): ConnectorFiles {
    const files = { ...source.files };
    for (const file of this.edited) files[file] = this.editor.text(file) ?? '';
    return files;
  }

  private show(checked: ValidationResult, ms: number): void {
    const result = this.checkWhatWasGiven(checked);
    this.result = result;
    for (const file of this.editor.files()) {
      this.editor.setMarks(file, result.findings.filter((finding) => finding.file === file).map(toMark));
    }
    this.severityFilter.update(result.counts);
    this.renderFindings();
    renderChecklist(required('#manual-checks'), result.manualChecks);
    const verdict = result.ok ? 'Passes' : 'Does not pass';
    this.summary.textContent = `${verdict}. Checked in ${Math.round(ms)} ms.`;
    this.summary.dataset.findings = String(result.findings.length);
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
    if (!this.result) return;
    const open = new Set(this.editor.files());
    renderFindings(required('#findings'), this.result.findings, {
      areas: this.catalogue.areas,
      only: this.severityFilter.selected,
      canReveal: (finding) => open.has(finding.file),
      reveal: (finding) => this.editor.reveal(finding.file, finding.range),
    });
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

// Messages between the page and the worker that runs connector-certify. Everything is structured-clone friendly.
import type { DiffResult, Profile, ProfileId, RuleArea, ValidationResult } from 'connector-certify';

/** A connector folder's files: bytes as read from disk, or text once edited. */
export type ConnectorFiles = Record<string, string | Uint8Array>;

/** The decoded text of each textual file, exactly as the library read it: finding ranges point into this text. */
export type FileTexts = Record<string, string>;

export type ExportFormat = 'json' | 'sarif';

/** What the worker's build of the library offers, sent once when the worker starts. */
export interface Catalogue {
  profiles: Profile[];
  /** Rule id → area, to name and order findings. */
  areas: Record<string, RuleArea>;
  formats: ExportFormat[];
}

/** Request and response of each call, by kind. */
export interface Calls {
  check: {
    request: { files: ConnectorFiles; profile: ProfileId; withTexts: boolean };
    response: { result: ValidationResult; texts?: FileTexts; ms: number };
  };
  diff: {
    request: { base: ConnectorFiles; revision: ConnectorFiles };
    response: { result: DiffResult; base: FileTexts; revision: FileTexts; ms: number };
  };
  /** The text of each textual file, as the library decodes it: shows one version before the other is open. */
  texts: {
    request: { files: ConnectorFiles };
    response: { texts: FileTexts };
  };
  export: {
    request: { result: ValidationResult; folder: string; format: ExportFormat };
    response: { text: string };
  };
}

export type CallKind = keyof Calls;

export type WorkerRequest = { [K in CallKind]: { id: number; kind: K; request: Calls[K]['request'] } }[CallKind];

export type WorkerMessage =
  | { kind: 'ready'; catalogue: Catalogue }
  | { kind: 'reply'; id: number; response: Calls[CallKind]['response'] }
  | { kind: 'failed'; id: number; message: string };

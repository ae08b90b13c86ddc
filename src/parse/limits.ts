/**
 * How much of a connector the library reads. Real connectors stay below these: the platform takes a swagger of at
 * most 1 MB (rule `meta-file-size`), and no merged connector holds a string over 40,000 characters. The limits keep a
 * hostile or generated file from taking minutes and gigabytes; what exceeds one is reported as an
 * `artifact-size-limit` finding, never silently dropped.
 */
export interface Limits {
  /**
   * Largest file read, in bytes (the UTF-8 length for text; for a document given as an object, the length of its JSON).
   * A larger file is not read: it gets one finding and no other rule sees it. Default 2 MiB.
   */
  maxFileBytes: number;
  /**
   * Longest string in a JSON file, in UTF-16 code units. Rules see only the first `maxStringLength` characters of a
   * longer string, and the string gets a finding. Default 256 Ki characters.
   */
  maxStringLength: number;
}

export const defaultLimits: Readonly<Limits> = { maxFileBytes: 2 * 1024 * 1024, maxStringLength: 256 * 1024 };

export const limitNames: ReadonlyArray<keyof Limits> = ['maxFileBytes', 'maxStringLength'];

/** The defaults, with the caller's limits over them. */
export function resolveLimits(limits: Partial<Limits> | undefined): Limits {
  return { ...defaultLimits, ...limits };
}

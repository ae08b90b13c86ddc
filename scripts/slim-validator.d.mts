/** Error objects of ajv's standalone output without the fields the checker never reads; throws on an unknown form. */
export declare function slimErrors(code: string): string;
/** Schema constants of ajv's standalone output cut down to what the code reads. */
export declare function pruneSchemaConstants(code: string): string;

/** Error objects of ajv's standalone output without the fields the checker never reads; throws on an unknown form. */
export declare function slimErrors(code: string): string;
/** Schema constants of ajv's standalone output cut down to what the code reads. */
export declare function pruneSchemaConstants(code: string): string;
/** ajv's repeated statements (error pushes, type tests, call options) as calls of shared functions; throws on an unknown form. */
export declare function compactCode(code: string): string;

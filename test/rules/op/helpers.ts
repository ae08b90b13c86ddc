/** Patches of the passing example shared by the operation, path and parameter cases. */
import type { ConnectorPatch } from '../../helpers/rule-tester.js';

export const stationsPath = '/stations';
export const tidesPath = '/stations/{stationId}/tides';

/** Merges the fields into one operation of the example (or adds the operation). */
export function patchOperation(path: string, method: string, fields: Record<string, unknown>): ConnectorPatch {
  return { apiDefinition: { paths: { [path]: { [method]: fields } } } };
}

export const patchStations = (fields: Record<string, unknown>) => patchOperation(stationsPath, 'get', fields);
export const patchTides = (fields: Record<string, unknown>) => patchOperation(tidesPath, 'get', fields);

/** A complete operation that passes every rule, for adding new paths and methods. */
export function newOperation(operationId: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    summary: 'Create a station',
    description: 'Creates a station with the values given.',
    operationId,
    responses: { '200': { description: 'The station.' } },
    ...fields,
  };
}

/** Adds operations: path to method to operation. */
export function addPaths(paths: Record<string, Record<string, unknown>>, root: Record<string, unknown> = {}): ConnectorPatch {
  return { apiDefinition: { ...root, paths } };
}

export const searchParameter = {
  name: 'search',
  in: 'query',
  type: 'string',
  required: false,
  'x-ms-summary': 'Search Text',
  description: 'Text that the station name must contain.',
};

export const stationIdParameter = {
  name: 'stationId',
  in: 'path',
  type: 'string',
  required: true,
  'x-ms-url-encoding': 'single',
  'x-ms-summary': 'Station ID',
  description: 'The identifier of the tide station.',
};

export const dateParameter = {
  name: 'date',
  in: 'query',
  type: 'string',
  format: 'date',
  required: true,
  'x-ms-summary': 'Date',
  description: 'The day to predict, as YYYY-MM-DD.',
};

export const bodyParameter = {
  name: 'body',
  in: 'body',
  required: true,
  schema: { $ref: '#/definitions/Station' },
};

export const formFileParameter = {
  name: 'file',
  in: 'formData',
  type: 'file',
  required: true,
  'x-ms-summary': 'File',
  description: 'The file to upload.',
};

/** The example's tides operation with its parameters replaced, the two real ones first. */
export const tidesWithParameters = (...extra: unknown[]) => patchTides({ parameters: [stationIdParameter, dateParameter, ...extra] });

/** The example's stations operation with its parameters replaced. */
export const stationsWithParameters = (...parameters: unknown[]) => patchStations({ parameters });

/** Adds root `parameters` definitions alongside a patch of the example. */
export function withRootParameters(patch: ConnectorPatch, parameters: Record<string, unknown>): ConnectorPatch {
  return { ...patch, apiDefinition: { ...(patch.apiDefinition as Record<string, unknown>), parameters } };
}

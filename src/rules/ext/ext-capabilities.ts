import type { JsonObject } from '../../core/nodes.js';
import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { entries, isObject } from '../../core/walk.js';
import { show, unknownKeys } from '../shared/extensions.js';
import { quotedList } from '../../parse/wording.js';

const rootKeys = ['file-picker', 'testConnection'];
/** File-picker settings that name a property of the browsed items. */
const filePickerPaths = ['value-title', 'value-collection', 'value-folder-property', 'value-media-property'];
const filePickerKeys = ['open', 'browse', ...filePickerPaths];
const callKeys = ['operationId', 'parameters'];

export const docs: RuleDocs = {
  rationale: 'Capabilities switch on platform features (file picker, connection test, chunked transfer); each accepts a fixed set of settings.',
  fix: 'Keep only the documented keys: `file-picker` (`open`, `browse`, `value-*`) and `testConnection` at the root, `chunkTransfer: true` on an operation.',
  source: 'Microsoft Learn, OpenAPI extensions (x-ms-capabilities); the repository schema.',
};

export default defineRule({
  meta: {
    id: 'ext-capabilities',
    area: 'ext',
    description:
      "Root `x-ms-capabilities` holds 'file-picker' (with an 'open' call) and/or 'testConnection' (with literal parameters); operation-level `x-ms-capabilities` holds only the boolean 'chunkTransfer'.",
    severity: everywhere('error'),
    messages: {
      notObject: '{key} is {value}; write it as an object.',
      unknownKey: "'{key}' is not a capability here; use one of {allowed}.",
      missingCall: "{key} has no '{call}'; add it.",
      notString: "{key} is {value}; write it as a string.",
      notLiteral: "testConnection passes '{name}' by reference; testConnection accepts only literal values.",
      notBoolean: 'chunkTransfer is {value}; write true or false.',
    },
  },
  create(context) {
    const object = (value: unknown, pointer: string, key: string): value is JsonObject => {
      if (isObject(value)) return true;
      context.report({ messageId: 'notObject', pointer, data: { key, value: show(value) } });
      return false;
    };
    const keys = (value: JsonObject, pointer: string, allowed: string[]) => {
      for (const key of unknownKeys(value, allowed)) {
        context.report({ messageId: 'unknownKey', pointer: joinPointer(pointer, key), target: 'key', data: { key, allowed: quotedList(allowed) } });
      }
    };
    /** An `{ operationId, parameters }` object, when present. */
    const call = (value: unknown, pointer: string, key: string) => {
      if (value === undefined || !object(value, pointer, key)) return;
      keys(value, pointer, callKeys);
      if (typeof value.operationId !== 'string') {
        if (value.operationId === undefined) context.report({ messageId: 'missingCall', pointer, data: { key, call: 'operationId' } });
        else context.report({ messageId: 'notString', pointer: joinPointer(pointer, 'operationId'), data: { key: `${key}.operationId`, value: show(value.operationId) } });
      }
    };
    return {
      'extension:x-ms-capabilities'(node) {
        const { name, value, owner } = node;
        if (!object(value, node.pointer, name)) return;
        if (owner === 'operation') {
          keys(value, node.pointer, ['chunkTransfer']);
          if (value.chunkTransfer !== undefined && typeof value.chunkTransfer !== 'boolean') {
            context.report({ messageId: 'notBoolean', pointer: joinPointer(node.pointer, 'chunkTransfer'), data: { value: show(value.chunkTransfer) } });
          }
          return;
        }
        if (owner !== 'root') return;
        keys(value, node.pointer, rootKeys);
        const picker = value['file-picker'];
        const pickerPointer = joinPointer(node.pointer, 'file-picker');
        if (picker !== undefined && object(picker, pickerPointer, 'file-picker')) {
          keys(picker, pickerPointer, filePickerKeys);
          if (picker.open === undefined) context.report({ messageId: 'missingCall', pointer: pickerPointer, data: { key: 'file-picker', call: 'open' } });
          call(picker.open, joinPointer(pickerPointer, 'open'), 'file-picker.open');
          call(picker.browse, joinPointer(pickerPointer, 'browse'), 'file-picker.browse');
          for (const key of filePickerPaths) {
            if (picker[key] !== undefined && typeof picker[key] !== 'string') {
              context.report({ messageId: 'notString', pointer: joinPointer(pickerPointer, key), data: { key: `file-picker.${key}`, value: show(picker[key]) } });
            }
          }
        }
        const test = value.testConnection;
        const testPointer = joinPointer(node.pointer, 'testConnection');
        call(test, testPointer, 'testConnection');
        if (!isObject(test)) return;
        for (const [parameter, argument] of entries(test.parameters)) {
          if (isObject(argument) && argument.parameter !== undefined) {
            context.report({ messageId: 'notLiteral', pointer: joinPointer(testPointer, 'parameters', parameter), data: { name: parameter } });
          }
        }
      },
    };
  },
});

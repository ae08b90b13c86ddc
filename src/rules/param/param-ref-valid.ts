import { joinPointer, parsePointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { clip } from '../shared/operation-text.js';

const prefix = '#/parameters/';

/** Whether the reference names one entry of root `parameters`: `#/parameters/<name>`, a valid pointer. */
function namesRootParameter(ref: string): boolean {
  if (!ref.startsWith(prefix)) return false;
  let pointer: string;
  try {
    pointer = decodeURIComponent(ref.slice(1));
  } catch {
    return false;
  }
  return parsePointer(pointer)?.length === 2;
}

/** Whether a reference is itself an entry of root `parameters` (`/parameters/<name>`). */
function isRootEntry(pointer: string): boolean {
  return parsePointer(pointer)?.length === 2 && pointer.startsWith('/parameters/');
}

export const docs: RuleDocs = {
  rationale:
    'The platform resolves a parameter `$ref` one step, into root `parameters`. A reference elsewhere, to nothing, or to another reference leaves the operation without its parameter; chains and cycles are reported here instead of being followed.',
  fix: "Point the reference at an existing entry: `{ \"$ref\": \"#/parameters/stationId\" }`, and write that entry as a full parameter object.",
  source: 'Swagger Validator ParameterReferenceNotFound, ParameterReferenceNotValid and ParameterRefLoopNotAllowed.',
};

export default defineRule({
  meta: {
    id: 'param-ref-valid',
    area: 'param',
    description: "Parameter `$ref`s name an entry of root `parameters` that exists and is not itself a `$ref`.",
    severity: everywhere('error'),
    messages: {
      notValid: "The parameter reference '{ref}' is not valid; parameter references must have the form '#/parameters/<name>'.",
      notFound: "The parameter reference '{ref}' names no entry of root parameters; define '{name}' under 'parameters' or fix the name.",
      notParameter: "The parameter reference '{ref}' names something that is not a parameter object; point it at a parameter definition.",
      loop: "The root parameter definition is itself a reference to '{ref}'; write the parameter object here instead of another $ref.",
    },
  },
  create(context) {
    return {
      ref(node) {
        const { expects, ref, resolution } = node;
        if (expects !== 'parameters') return;
        const at = joinPointer(node.pointer, '$ref');
        if (isRootEntry(node.pointer)) context.report({ messageId: 'loop', pointer: at, data: { ref: clip(ref) } });
        else if (!namesRootParameter(ref)) context.report({ messageId: 'notValid', pointer: at, data: { ref: clip(ref) } });
        else if (!resolution.ok) context.report({ messageId: 'notFound', pointer: at, data: { ref: clip(ref), name: clip(ref.slice(prefix.length)) } });
        // A target that is itself a reference is reported once, where it is written (the loop message).
        else if (!isObject(resolution.value)) context.report({ messageId: 'notParameter', pointer: at, data: { ref: clip(ref) } });
      },
    };
  },
});

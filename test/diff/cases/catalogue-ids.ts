/** The ids of rules-catalog.md section 9 (same id, same meaning); every other `bc-*` id is this project's own. */
export const catalogueIds = [
  'bc-operation-deleted',
  'bc-operation-hidden',
  'bc-required-input-added',
  'bc-input-optional-to-required',
  'bc-output-field-deleted',
  'bc-output-type-changed',
  'bc-input-removed',
  'bc-input-type-changed',
  'bc-path-or-method-changed',
  'bc-auth-type-changed',
  'bc-enum-narrowed',
  'bc-trigger-kind-changed',
  'bc-deprecation-path',
  'bc-non-breaking',
  'bc-minor-update-fields',
];

// The pointer helpers live in the parse layer, which needs them and imports nothing above it; rules and the diff keep
// importing them from core, one layer below them.
export * from '../parse/pointer.js';

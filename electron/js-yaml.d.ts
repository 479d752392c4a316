// js-yaml (electron-builder's own YAML parser, used by a test to read its config) ships no types.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}

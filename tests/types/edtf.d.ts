/** The little of the reference EDTF parser (the `edtf` package, a dev dependency) that the tests use. */
declare module 'edtf' {
  interface ParsedValue {
    readonly type: string;
    readonly values: readonly unknown[];
    readonly earlier?: boolean;
    readonly later?: boolean;
  }
  interface ExtDateTime {
    readonly type: string;
    readonly min: number;
    readonly max: number;
    readonly edtf: string;
  }
  export function parse(input: string, constraints?: { types?: readonly string[] }): ParsedValue;
  export default function edtf(input: string): ExtDateTime;
}

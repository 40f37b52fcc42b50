/**
 * The stack frame that called a patched browser function, when it is the library's own code
 * (a module under `/src/`), else `undefined`: the calls of React, the test runner and the test
 * itself are left alone. Call it directly from the patch: line 0 of the stack is "Error", 1
 * this function, 2 the patch, 3 its caller.
 */
export function findLibraryCaller(): string | undefined {
  const caller = new Error().stack?.split('\n')[3]?.trim() ?? '';
  return /\/src\//.test(caller) ? caller : undefined;
}

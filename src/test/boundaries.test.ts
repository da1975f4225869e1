// The import boundaries hold in `npm test`: each crossing below is reported by ESLint, and the
// allowed way beside it is not. (The rule: eslint-rules/boundaries.js.)
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'osallinen/boundaries').map((m) => m.message);
}

describe('import boundaries', () => {
  it('src/db imports no module', async () => {
    expect(
      await problems('src/db/example.ts', "export { clientWork } from '../modules/client-work/index.js';\n"),
    ).toEqual([expect.stringContaining('src/db imports no module')]);
  });

  it('a module reaches another capability only through its index', async () => {
    const file = 'src/modules/measures/example.ts';
    expect(await problems(file, "export { createTask } from '../client-work/tasks/service.js';\n")).toEqual([
      expect.stringContaining('only through its index.ts'),
    ]);
    expect(await problems(file, "export { createTask } from '../client-work/index.js';\n")).toEqual([]);
  });

  it('the web app imports no server code, and the contracts only as types', async () => {
    const file = 'web/src/employee/example.ts';
    expect(await problems(file, "export { buildApp } from '../../../src/server/app';\n")).toEqual([
      expect.stringContaining('only src/shared and src/domain'),
    ]);
    expect(await problems(file, "export { meSchema } from '../../../src/shared/contracts/foundation/auth';\n")).toEqual(
      [expect.stringContaining('as types only')],
    );
    expect(await problems(file, "export type { Me } from '../../../src/shared/contracts/foundation/auth';\n")).toEqual(
      [],
    );
  });

  it('src/domain stays pure', async () => {
    expect(await problems('src/domain/example.ts', "export { errors } from '../server/errors.js';\n")).toEqual([
      expect.stringContaining('is pure'),
    ]);
  });
});

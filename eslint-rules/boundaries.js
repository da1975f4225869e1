// The import boundaries of ENGINEERING.md "Layout", as one ESLint rule:
// - src/db imports nothing from the modules or the server (the database layer assembles no module);
// - src/domain and src/shared are pure: they import only each other;
// - a module imports another capability only through that capability's index.ts;
// - the server imports a capability only through its index.ts;
// - the web apps import from src/ only src/shared and src/domain, and the shared contracts only as
//   types (`import type`), so no server code or schema library ends up in the browser.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function area(file) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  if (rel.startsWith('web/')) return { kind: 'web', rel };
  const m = /^src\/([^/]+)\/(?:([^/]+)\/)?/.exec(rel);
  if (!m) return { kind: 'other', rel };
  if (m[1] === 'modules') return { kind: 'module', capability: m[2], rel };
  return { kind: m[1], rel };
}

function isCapabilityIndex(rel) {
  return /^src\/modules\/[^/]+\/index(\.[jt]sx?)?$/.test(rel.replace(/\.js$/, '.ts'));
}

export default {
  rules: {
    boundaries: {
      meta: {
        type: 'problem',
        docs: { description: 'Keep imports within the boundaries of docs/ARCHITECTURE.md' },
        schema: [],
        messages: {
          dbImportsModule: 'src/db imports no module or server code ({{target}}).',
          pureImportsImpure: '{{from}} is pure: it imports only src/domain and src/shared ({{target}}).',
          throughIndex: 'Import another capability only through its index.ts ({{target}}).',
          webImportsServer: 'The web app imports from src/ only src/shared and src/domain ({{target}}).',
          webContractsTypeOnly:
            'The web app imports the shared contracts as types only: use `import type` ({{target}}).',
        },
      },
      create(context) {
        const file = context.filename ?? context.getFilename();
        const from = area(file);
        function check(node, source, typeOnly) {
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const targetFile = path.resolve(path.dirname(file), source);
          const target = area(targetFile);
          const data = { target: target.rel, from: from.kind === 'domain' ? 'src/domain' : 'src/shared' };
          if (from.kind === 'db' && (target.kind === 'module' || target.kind === 'server' || target.kind === 'demo'))
            context.report({ node, messageId: 'dbImportsModule', data });
          if ((from.kind === 'domain' || from.kind === 'shared') && !['domain', 'shared'].includes(target.kind))
            context.report({ node, messageId: 'pureImportsImpure', data });
          if (target.kind === 'module' && from.kind === 'module' && target.capability !== from.capability) {
            if (!isCapabilityIndex(target.rel)) context.report({ node, messageId: 'throughIndex', data });
          }
          if (target.kind === 'module' && from.kind !== 'module' && from.kind !== 'other' && from.kind !== 'web') {
            // The server and the demo seed reach a capability through its index; tests may look inside.
            if (!isCapabilityIndex(target.rel) && !/\.test\.[jt]sx?$/.test(from.rel) && from.kind !== 'test')
              context.report({ node, messageId: 'throughIndex', data });
          }
          if (from.kind === 'web' && target.rel.startsWith('src/')) {
            if (!['shared', 'domain'].includes(target.kind))
              context.report({ node, messageId: 'webImportsServer', data });
            else if (target.rel.startsWith('src/shared/contracts/') && !typeOnly)
              context.report({ node, messageId: 'webContractsTypeOnly', data });
          }
        }
        const typeOnlyDeclaration = (node) =>
          node.importKind === 'type' ||
          node.exportKind === 'type' ||
          (node.specifiers?.length > 0 &&
            node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));
        return {
          ImportDeclaration: (node) => check(node, node.source.value, typeOnlyDeclaration(node)),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, typeOnlyDeclaration(node)),
          ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
          ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
          TSImportType: (node) => {
            const arg = node.argument?.literal ?? node.argument;
            if (arg && typeof arg.value === 'string') check(node, arg.value, true);
          },
        };
      },
    },
  },
};

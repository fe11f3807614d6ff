// The typed example client compiles against the generated documents, and works against a server.
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createAttachedGateway, IgwClient } from '../examples/typed-client.js';
import { seedProject } from './support/seed.js';
import { useTestApp } from './support/test-app.js';

const root = join(import.meta.dirname, '..');

describe('examples/typed-client.ts', () => {
  it('compiles without errors under the project TypeScript settings', () => {
    const configFile = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
    const program = ts.createProgram([join(root, 'examples/typed-client.ts')], options);
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });

  describe('against a running server', () => {
    const suite = useTestApp('sqlite', 'examples');

    it('creates and attaches a gateway with typed results', async () => {
      const { token } = await seedProject(suite.testApp);
      const attached = await createAttachedGateway(new IgwClient(suite.testApp.url, token), 'typed-igw');
      expect(attached.internetGateway.publicIp).toMatch(/^203\.0\.113\.\d+$/);
      expect(attached.routingTable.routes).toEqual([
        { cidr: '0.0.0.0/0', gatewayType: 'INTERNET_GATEWAY', gatewayName: 'typed-igw', managed: true },
      ]);
    });
  });
});

// Demo data of the measures capability, in the `measures` slot of src/demo/seed.ts.
import type { DemoContext } from '../../demo/seed.js';
import { seedWorkActivityProviders } from './demo.js';

export async function seedMeasures(ctx: DemoContext): Promise<void> {
  await seedWorkActivityProviders(ctx);
}

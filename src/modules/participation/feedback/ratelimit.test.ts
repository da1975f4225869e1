import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.js';

let ctx: TestContext;
const saved = process.env.FEEDBACK_RATE_LIMIT_MAX;
beforeAll(async () => {
  process.env.FEEDBACK_RATE_LIMIT_MAX = '3';
  ctx = await createTestApp();
});
afterAll(async () => {
  process.env.FEEDBACK_RATE_LIMIT_MAX = saved;
  await ctx?.close();
});

it('limits public feedback posts per address as configured, and the refused post saves nothing', async () => {
  const worker = await ctx.login('sosiaalityontekija');
  const code = (await worker.get('/api/feedback/me/codes')).json().codes[0].code;
  const n = async () =>
    Number(
      (
        await ctx.database.db
          .selectFrom('feedback_answer')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const before = await n();
  for (let i = 0; i < 3; i++)
    expect((await ctx.anonymous.post(`/api/public/feedback/${code}`, { rating: 4 })).statusCode).toBe(201);
  const refused = await ctx.anonymous.post(`/api/public/feedback/${code}`, { rating: 4 });
  expect(refused.statusCode).toBe(429);
  expect(refused.json().error.code).toBe('rate_limited');
  expect(await n()).toBe(before + 3);
});

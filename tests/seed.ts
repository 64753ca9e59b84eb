/**
 * The fast-check seed of a test run: `FC_SEED` when set (to rerun a failure), else a fresh one. It is
 * printed once per test file that imports it, so every failure can be replayed.
 */
export const seed =
  process.env.FC_SEED === undefined ? Date.now() % 2_147_483_647 : Number(process.env.FC_SEED);

console.log(`fast-check seed: ${seed} (rerun with FC_SEED=${seed})`);

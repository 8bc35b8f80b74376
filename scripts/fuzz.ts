// Deep contract fuzzing: npm run fuzz -- [--runs 2000] [--seed N] [--operation getActivity]
// Runs test/contract/fuzz.test.ts with more cases than `npm test` does; a failure prints the
// operation, the check, the seed and a curl line that reproduces it.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2000' },
    seed: { type: 'string', default: String(Date.now() % 2_147_483_647) },
    operation: { type: 'string' },
  },
});
for (const [name, value] of [
  ['runs', values.runs],
  ['seed', values.seed],
] as const) {
  if (!/^\d+$/.test(value)) {
    console.error(`--${name} takes a whole number`);
    process.exit(2);
  }
}
console.log(
  `fuzzing with --runs ${values.runs} --seed ${values.seed}${values.operation ? ` --operation ${values.operation}` : ''}`,
);
const result = spawnSync('vitest', ['run', 'test/contract/fuzz.test.ts', '--testTimeout', '0'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    FUZZ_RUNS: values.runs,
    FUZZ_SEED: values.seed,
    ...(values.operation ? { FUZZ_OPERATION: values.operation } : {}),
  },
});
process.exit(result.status ?? 1);

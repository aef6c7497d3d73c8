/** The command line of `npm run bench`. */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { phases } from './plan';

const optionsSchema = z.object({
	quick: z.boolean().default(false),
	only: z.enum(phases).nullable().default(null),
	instances: z.coerce.number().int().min(1).max(16).default(1),
	json: z.string().min(1).nullable().default(null)
});
export type Options = z.infer<typeof optionsSchema>;

export const usage = `npm run bench -- [--quick] [--only ${phases.join('|')}] [--instances N] [--json out.json]
  --quick       a tenth of the phones (and of the answer rates), shorter phases
  --only P      one phase with the population it needs
  --instances N against a cluster of N instances
  --json FILE   every figure, both servers and the ratios, for a later check to read`;

export function parseOptions(argv: string[]): Options {
	const { values } = parseArgs({
		args: argv,
		options: {
			quick: { type: 'boolean' },
			only: { type: 'string' },
			instances: { type: 'string' },
			json: { type: 'string' }
		},
		strict: true
	});
	const parsed = optionsSchema.safeParse(values);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new Error(`--${issue.path.join('.')}: ${issue.message}\n${usage}`);
	}
	return parsed.data;
}

import { defineRule } from '../../src/engine/rule.js';
import { jobPartition } from '../../src/site/partition.js';
import { cite, type Cited } from '../../src/site/profile.js';
import { slurmRequest, type RequestedValue } from '../../src/site/slurm-request.js';

export const rule = defineRule({
  meta: {
    id: 'partition-access',
    severity: 'error',
    description: "A Slurm provider's account or QOS may not use its partition, by the AllowAccounts/DenyAccounts or AllowQos/DenyQos of the site's cluster profile.",
    fix: 'none',
  },
  create: (context) => ({
    job(job) {
      const profile = context.profile;
      const request = profile && slurmRequest(job);
      const target = profile && request && jobPartition(profile, request);
      if (!request || !target) return;
      const { partition, described } = target;
      check('account', request.account, partition.allowAccounts, partition.denyAccounts, 'Invalid account or account/partition combination specified');
      check('QOS', request.qos, partition.allowQos, partition.denyQos, 'Invalid qos specification');

      // Without an account or QOS the job gets the user's default, which only the accounting database knows.
      function check(what: string, value: RequestedValue | undefined, allow: Cited<readonly string[]> | undefined, deny: Cited<readonly string[]> | undefined, refusal: string) {
        if (!value) return;
        const allowed = allow ? allow.value.includes(value.text) : !deny?.value.includes(value.text);
        if (allowed) return;
        const rule = allow ? `allows only ${allow.value.map((name) => `"${name}"`).join(', ')} ${cite(allow.from)}` : `denies it ${cite(deny!.from)}`;
        context.report({
          at: value.at,
          message: {
            headline: `${value.written}: ${described} ${rule}`,
            note: `Slurm refuses every block ("${refusal}") or leaves it pending ("Job's ${what} not permitted to use this partition").`,
            help: `Use an allowed ${what}, or another partition`,
          },
        });
      }
    },
  }),
});

import { removeEntryLine } from '../../src/document/edits.js';
import { defineRule } from '../../src/engine/rule.js';
import { addressKind } from '../../src/model/address.js';
import { stringParam } from '../../src/model/config.js';

/** The executors whose `address` the interchange listens on and the workers connect to. */
const INTERCHANGE_EXECUTORS = new Set(['HighThroughputExecutor', 'MPIExecutor']);

const INSTEAD =
  'Remove address (parsl then offers the workers every address of this machine), ' +
  'or write the IP address this machine has on the network the compute nodes reach, e.g. address = "10.1.0.5"';

export const rule = defineRule({
  meta: {
    id: 'address-not-ip',
    severity: 'error',
    description: "An executor's `address` is not an IP address: a Python call or a name the interchange cannot listen on.",
    fix: 'none',
  },
  create: (context) => ({
    executor(executor) {
      if (!executor.className || !INTERCHANGE_EXECUTORS.has(executor.className)) return;
      const address = stringParam(executor, 'address');
      if (!address) return;
      const kind = addressKind(address.value);
      if (kind === 'unset' || kind === 'ip') return;
      const written = `address = ${JSON.stringify(address.value)}`;
      const entry = executor.params.get('address')!;
      const removal = removeEntryLine(context.source.text, entry);
      context.report({
        at: address,
        message:
          kind === 'python-call'
            ? `${written} is Python code, but QIIME 2 passes it to parsl as text and never runs it: the interchange on this machine cannot listen on that text, ` +
              'so QIIME 2 stops with "Interchange failed to start" after 120 s and submits no job (and in the workers\' command bash would stop at the "("). ' +
              INSTEAD
            : `${written} is not an IP address: the interchange on this machine cannot listen on a host name (parsl 2024.12.09 and later accept only an IP address, ` +
              'older releases an IP address or an interface name) and the workers connect to it as a host name, so QIIME 2 stops with "Interchange failed to start" ' +
              'or the workers never connect. ' +
              INSTEAD,
        suggestions: removal ? [{ description: 'remove address', edits: [removal] }] : [],
      });
    },
  }),
});

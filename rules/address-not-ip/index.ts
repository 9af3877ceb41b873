import { removeEntryLine } from '../../src/document/edits.js';
import { defineRule } from '../../src/engine/rule.js';
import { addressKind } from '../../src/model/address.js';
import { stringParam } from '../../src/model/config.js';

/** The executors whose `address` the interchange listens on and the workers connect to. */
const INTERCHANGE_EXECUTORS = new Set(['HighThroughputExecutor', 'MPIExecutor']);

/** parsl/addresses.py tcp_url, which calls ipaddress.ip_address, came with Parsl/parsl#3704. */
const FIRST_IP_ONLY = '2024.11.25';

const PYTHON_CALL = 'is Python code, but QIIME 2 passes it to parsl as text and never runs it';
const NOT_AN_IP = 'is not an IP address';
/** Said after the refusal of a Python call: the text reaches the workers' command line too. */
const BASH = 'And bash would stop at the "(" of the workers\' command.';

/** What happens to a value that is not an IP address, in the target's parsl. */
function refusal(parsl: string): string {
  return parsl >= FIRST_IP_ONLY
    ? `from parsl ${FIRST_IP_ONLY} the interchange on this machine refuses it ("does not appear to be an IPv4 or IPv6 address"), so QIIME 2 stops with "Interchange failed to start" after 120 s and submits no job.`
    : 'the interchange on this machine listens only on an IP address or an interface name (anything else stops QIIME 2 with "Interchange failed to start" after 120 s, ' +
        'before any job is submitted), and the workers connect to address as a host name (an interface name reaches no one).';
}

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
        message: {
          headline: `${written} ${kind === 'python-call' ? PYTHON_CALL : NOT_AN_IP}`,
          note: kind === 'python-call' ? `${refusal(context.target.parsl)} ${BASH}` : refusal(context.target.parsl),
          help: INSTEAD,
        },
        suggestions: removal ? [{ description: 'remove address', edits: [removal] }] : [],
      });
    },
  }),
});

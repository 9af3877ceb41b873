/**
 * What the signature files alone cannot tell build-catalog.mjs: the exact parsl release of each
 * change it derives by diffing consecutive catalogued releases, and the deprecations and renames
 * behind some of them.
 *
 * How the exact releases were found: for every change between two catalogued releases A and B,
 * parsl's own source (github.com/Parsl/parsl, mirror at b8b474c7a, 2026-08-06) was read at each
 * weekly release tag after A up to B, and the first tag showing the change is recorded (for a
 * class: its name imported by the package `__init__` that QIIME 2's `getattr(parsl.<module>, …)`
 * searches; for a parameter: the class's `__init__` signature, annotation and default as written).
 * References are the pull requests named in the commit that made the change, where looked up.
 *
 * Where research/qiime2.md or corpus/real/SOURCES.md disagree with the source, the source wins:
 * - AdHocProvider left `parsl.providers` in 2024.08.12, not 2024.11.11: #3569 renamed it
 *   DeprecatedAdHocProvider and stopped importing it; #3676 (2024.11.11) deleted the file later.
 * - SSHChannel, SSHInteractiveLoginChannel and OAuthSSHChannel left `parsl.channels` in 2024.08.12
 *   (#3569, renamed Deprecated…); only Channel and LocalChannel lasted until the package went in
 *   2024.12.09 (#3716).
 */

/**
 * [subject, event, first parsl release showing it, reference?]; subject is `Class` or
 * `Class.param`; event is what build-catalog.mjs derives: appeared, removed or changed.
 */
export const EXACT_RELEASES = [
  ['ThreadPoolExecutor.max_threads', 'changed', '2023.10.09'],
  ['HighThroughputExecutor.start_method', 'removed', '2023.12.04'],
  ['Config.executors', 'changed', '2023.11.13'],
  ['HighThroughputExecutor.drain_period', 'appeared', '2024.03.18'],
  ['HighThroughputExecutor.enable_mpi_mode', 'appeared', '2024.02.19'],
  ['HighThroughputExecutor.encrypted', 'appeared', '2024.02.05'],
  ['HighThroughputExecutor.max_workers', 'changed', '2024.03.04', 'Parsl/parsl#3117'],
  ['HighThroughputExecutor.max_workers_per_node', 'appeared', '2024.03.04', 'Parsl/parsl#3117'],
  ['HighThroughputExecutor.mpi_launcher', 'appeared', '2024.02.19'],
  ['MonitoringHub.client_address', 'removed', '2024.03.18'],
  ['MonitoringHub.client_port_range', 'removed', '2024.03.18'],
  ['MonitoringHub.logging_endpoint', 'changed', '2024.02.26'],
  ['SlurmProvider.constraint', 'appeared', '2023.12.11'],
  ['SlurmProvider.qos', 'appeared', '2023.12.11'],
  ['Config.strategy_period', 'appeared', '2024.03.18', 'Parsl/parsl#3246'],
  ['AdHocProvider', 'removed', '2024.08.12', 'Parsl/parsl#3569'],
  ['MPIExecutor', 'appeared', '2024.05.20', 'Parsl/parsl#3423'],
  ['OAuthSSHChannel', 'removed', '2024.08.12', 'Parsl/parsl#3569'],
  ['SSHChannel', 'removed', '2024.08.12', 'Parsl/parsl#3569'],
  ['SSHInteractiveLoginChannel', 'removed', '2024.08.12', 'Parsl/parsl#3569'],
  ['HighThroughputExecutor.enable_mpi_mode', 'removed', '2024.08.19'],
  ['HighThroughputExecutor.interchange_launch_cmd', 'appeared', '2024.07.08'],
  ['HighThroughputExecutor.manager_selector', 'appeared', '2024.08.05'],
  ['HighThroughputExecutor.max_workers', 'removed', '2024.09.09', 'Parsl/parsl#3605'],
  ['HighThroughputExecutor.mpi_launcher', 'removed', '2024.08.19'],
  ['KubernetesProvider.annotations', 'appeared', '2024.06.10'],
  ['KubernetesProvider.service_account_name', 'appeared', '2024.06.10'],
  ['WorkQueueExecutor.scaling_cores_per_worker', 'appeared', '2024.06.24'],
  ['Config.dependency_resolver', 'appeared', '2024.05.27', 'Parsl/parsl#3111'],
  ['Config.exit_mode', 'appeared', '2024.06.10', 'Parsl/parsl#3468'],
  ['Config.std_autopath', 'appeared', '2024.04.29', 'Parsl/parsl#3388'],
  ['Config.usage_tracking', 'changed', '2024.06.10', 'Parsl/parsl#3400'],
  ['Channel', 'removed', '2024.12.09', 'Parsl/parsl#3716'],
  ['CobaltProvider', 'removed', '2024.11.04', 'Parsl/parsl#3667'],
  ['LocalChannel', 'removed', '2024.12.09', 'Parsl/parsl#3716'],
  ['CondorProvider.channel', 'removed', '2024.12.09', 'Parsl/parsl#3716'],
  ['GridEngineProvider.channel', 'removed', '2024.12.09', 'Parsl/parsl#3716'],
  ['HighThroughputExecutor.loopback_address', 'appeared', '2024.11.25'],
  ['LSFProvider.channel', 'removed', '2024.12.09', 'Parsl/parsl#3716'],
  ['LSFProvider.move_files', 'removed', '2024.12.02', 'Parsl/parsl#3690'],
  ['LocalProvider.channel', 'removed', '2024.12.09', 'Parsl/parsl#3716'],
  ['LocalProvider.move_files', 'removed', '2024.12.02', 'Parsl/parsl#3690'],
  ['MPIExecutor.loopback_address', 'appeared', '2024.11.25'],
  ['MonitoringHub.logdir', 'removed', '2024.11.18'],
  ['PBSProProvider.channel', 'removed', '2024.12.09', 'Parsl/parsl#3716'],
  ['SlurmProvider.channel', 'removed', '2024.12.09', 'Parsl/parsl#3716'],
  ['SlurmProvider.clusters', 'appeared', '2024.11.18'],
  ['SlurmProvider.move_files', 'removed', '2024.12.02', 'Parsl/parsl#3690'],
  ['TorqueProvider.channel', 'removed', '2024.12.09', 'Parsl/parsl#3716'],
  ['Config.project_name', 'appeared', '2024.09.30', 'Parsl/parsl#3624'],
  ['GlobusComputeExecutor', 'appeared', '2025.01.20', 'Parsl/parsl#3607'],
  ['HighThroughputExecutor.encrypted', 'changed', '2026.01.19', 'Parsl/parsl#4053'],
  ['HighThroughputExecutor.provider', 'changed', '2025.09.29'],
  ['HighThroughputExecutor.remote_monitoring_radio', 'appeared', '2025.06.30'],
  ['HighThroughputExecutor.worker_port', 'appeared', '2025.06.30'],
  ['HighThroughputExecutor.worker_ports', 'removed', '2025.06.30'],
  ['KubernetesProvider.extra_limits', 'appeared', '2025.02.24'],
  ['KubernetesProvider.extra_requests', 'appeared', '2025.02.24'],
  ['MPIExecutor.provider', 'changed', '2025.09.29'],
  ['MPIExecutor.remote_monitoring_radio', 'appeared', '2025.06.30'],
  ['MPIExecutor.worker_port', 'appeared', '2025.06.30'],
  ['MPIExecutor.worker_ports', 'removed', '2025.06.30'],
  ['MonitoringHub.hub_address', 'changed', '2025.06.30'],
  ['MonitoringHub.hub_port', 'changed', '2025.06.30'],
  ['MonitoringHub.hub_port_range', 'changed', '2025.03.24'],
  ['SlurmProvider.gpus_per_node', 'appeared', '2026.02.23', 'Parsl/parsl#4077'],
  ['SlurmProvider.gres', 'appeared', '2026.02.23', 'Parsl/parsl#4077'],
  ['SlurmProvider.status_batch_size', 'appeared', '2025.06.02'],
  ['ThreadPoolExecutor.remote_monitoring_radio', 'appeared', '2025.06.30'],
  ['ThreadPoolExecutor.thread_name_prefix', 'changed', '2025.11.10'],
  ['WorkQueueExecutor.remote_monitoring_radio', 'appeared', '2025.06.30'],
  ['Config.app_cache', 'removed', '2025.12.08', 'Parsl/parsl#4042'],
  ['Config.checkpoint_files', 'removed', '2025.12.08', 'Parsl/parsl#4042'],
  ['Config.checkpoint_mode', 'removed', '2025.12.08', 'Parsl/parsl#4042'],
  ['Config.checkpoint_period', 'removed', '2025.12.08', 'Parsl/parsl#4042'],
  ['Config.memoizer', 'appeared', '2025.12.08', 'Parsl/parsl#4042'],
];

const SSH_CHANNEL_NOTE =
  'Renamed Deprecated<name> and no longer imported by parsl.channels (Parsl/parsl#3569); the class was deleted in 2024.11.11 (Parsl/parsl#3677).';

/**
 * Deprecations (warned, still accepted), renames and notes, by subject. Sources: research/qiime2.md
 * §1.3 ("HighThroughputExecutor max_workers", "Classes exported by the modules QIIME searches"),
 * checked against the parsl commits named; MonitoringHub's from the DeprecationWarnings in
 * parsl/monitoring/monitoring.py at 2025.03.24 and 2025.06.30.
 */
export const CURATED = {
  'HighThroughputExecutor.max_workers': {
    deprecated: { release: '2024.03.04', reference: 'Parsl/parsl#3117' },
    renamedTo: 'max_workers_per_node',
    note: 'Still accepted with a deprecation warning until it was removed.',
  },
  CobaltProvider: {
    deprecated: { release: '2024.02.26', reference: 'Parsl/parsl#3101' },
  },
  AdHocProvider: {
    renamedTo: 'DeprecatedAdHocProvider',
    note: 'Renamed and no longer imported by parsl.providers, so QIIME 2 cannot find either name (Parsl/parsl#3569); the class was deleted in 2024.11.11 (Parsl/parsl#3676).',
  },
  SSHChannel: { renamedTo: 'DeprecatedSSHChannel', note: SSH_CHANNEL_NOTE },
  SSHInteractiveLoginChannel: { renamedTo: 'DeprecatedSSHInteractiveLoginChannel', note: SSH_CHANNEL_NOTE },
  OAuthSSHChannel: { renamedTo: 'DeprecatedOAuthSSHChannel', note: SSH_CHANNEL_NOTE },
  'MonitoringHub.hub_address': {
    deprecated: { release: '2025.06.30', reference: 'Parsl/parsl#3892' },
    note: 'Unused from then on (UDPRadio(address=...) replaces it); still accepted with a DeprecationWarning.',
  },
  'MonitoringHub.hub_port': {
    deprecated: { release: '2025.06.30', reference: 'Parsl/parsl#3892' },
    note: 'Unused from then on (UDPRadio(port=...) replaces it); still accepted with a DeprecationWarning.',
  },
  'MonitoringHub.hub_port_range': {
    deprecated: { release: '2025.03.24', reference: 'Parsl/parsl#3813' },
    note: "Unused from then on (HighThroughputExecutor's interchange_port_range replaces it); still accepted with a DeprecationWarning.",
  },
  Channel: { note: 'The whole parsl.channels package was removed (Parsl/parsl#3716).' },
  LocalChannel: { note: 'The whole parsl.channels package was removed (Parsl/parsl#3716).' },
};

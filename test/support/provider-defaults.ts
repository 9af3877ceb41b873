/**
 * Renderer inputs for tests: the fields given, over the provider's defaults in the newest
 * catalogued parsl release, as the model builds them for a config that writes only those fields.
 */
import { parslCatalog, PARSL_RELEASES } from '../../src/catalog/index.js';
import { releaseDefaults } from '../../src/model/jobs.js';
import { schedulerOf } from '../../src/scheduler/registry.js';

export function withDefaults<Fields>(providerClass: string, fields: Partial<Fields>): Fields {
  const scheduler = schedulerOf(providerClass)!;
  const defaults = releaseDefaults(providerClass, scheduler.job!.fields, parslCatalog(PARSL_RELEASES.at(-1)!));
  return { ...defaults, ...fields } as Fields;
}

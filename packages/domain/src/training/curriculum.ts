/**
 * The training modules and tracks. The texts live in packages/content (training/modules/*.yaml,
 * training/catalogue.yaml), where trainers edit them; `pnpm content` checks them and writes
 * curriculum.generated.ts (docs/content.md).
 */
export { trainingModules, trainingTracks } from './curriculum.generated.ts';

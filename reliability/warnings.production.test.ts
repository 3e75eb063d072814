import { productionLoaders } from '/__reliability/elements.js';
import { describeWarnings } from './warnings.js';

// Loads dist/<folder>/define.js, the default build, where `__SOCLE_DEV__` is
// replaced by `false`.
describeWarnings('production', productionLoaders);

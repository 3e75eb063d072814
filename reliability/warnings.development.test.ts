import { developmentLoaders } from '/__reliability/elements.js';
import { describeWarnings } from './warnings.js';

// Loads dist/development/<folder>/define.js, the build that the `development`
// export condition selects.
describeWarnings('development', developmentLoaders);

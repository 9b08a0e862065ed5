// @ts-check
/** The platform's generic services; importing this module registers them. */
import './session.js';
import './entry-types.js';
import './entries.js';
import './uploads.js';
import './assets.js';
import './categories.js';
import './cuepoints.js';

import { defineElement } from '../define.js';
import { ReachProvider } from './reach-provider.js';

export { ReachProvider };
defineElement('reach-provider', ReachProvider);

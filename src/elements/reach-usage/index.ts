import { defineElement } from '../define.js';
import { ReachUsage } from './reach-usage.js';

export { ReachUsage };
defineElement('reach-usage', ReachUsage);

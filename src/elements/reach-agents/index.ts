import { defineElement } from '../define.js';
import { ReachAgents } from './reach-agents.js';

defineElement('reach-agents', ReachAgents);
export { ReachAgents };

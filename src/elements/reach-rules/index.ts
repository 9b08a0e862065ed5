import { defineElement } from '../define.js';
import { ReachRules } from './reach-rules.js';

export { ReachRules };
defineElement('reach-rules', ReachRules);

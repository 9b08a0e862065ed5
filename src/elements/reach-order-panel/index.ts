import { defineElement } from '../define.js';
import { ReachOrderPanel } from './reach-order-panel.js';

export { ReachOrderPanel };
defineElement('reach-order-panel', ReachOrderPanel);

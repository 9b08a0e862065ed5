import { defineElement } from '../define.js';
import { ReachTaskMonitor } from './reach-task-monitor.js';

export { ReachTaskMonitor };
defineElement('reach-task-monitor', ReachTaskMonitor);

import { defineElement } from '../define.js';
import { ClipsLab } from './clips-lab.js';

export { ClipsLab };
defineElement('clips-lab', ClipsLab);

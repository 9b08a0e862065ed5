// The drop-in: importing the package registers every element (the CDN file does the same in one request).
import '../src/index.js';
import { connectDemo } from './demo-session.js';

void connectDemo();

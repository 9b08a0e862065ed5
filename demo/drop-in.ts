// The CMS's own script: the CDN file (loaded by the page) registers the elements; this points them at the service
// (here the sandbox on this origin, which the page's CSP allows) and gives them a KS from the "backend".
import { connectDemo } from './demo-session.js';

for (const panel of document.querySelectorAll('reach-order-panel')) panel.serviceUrl = location.origin;
void connectDemo();

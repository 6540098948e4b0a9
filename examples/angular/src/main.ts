import { bootstrapApplication } from '@angular/platform-browser';
// Each module registers its element: import only those the app uses.
import 'knotkit/body-map.js';
import 'knotkit/hold-timer.js';
import 'knotkit/technique-card.js';
import { App } from './app/app';

bootstrapApplication(App).catch((error) => console.error(error));

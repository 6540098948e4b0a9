import { createApp } from 'vue';
// Each module registers its element: import only those the app uses.
import 'knotkit/body-map.js';
import 'knotkit/hold-timer.js';
import 'knotkit/technique-card.js';
import App from './App.vue';

createApp(App).mount('#app');

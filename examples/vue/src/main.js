import '@socle/components/button';
import '@socle/components/checkbox';
import '@socle/components/form';
import '@socle/components/input';
import { createApp } from 'vue';
import CallbackRequest from './CallbackRequest.vue';

createApp(CallbackRequest).mount('#app');

// Compile-time check of the GlobalComponents types that
// @socle/components/vue adds: `npm run typecheck` fails if they break.
import type {} from '@socle/components/vue';
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const input: Props<'socle-input'> = {
  label: 'Nom de famille',
  name: 'nom',
  required: true,
  type: 'email',
  onInput: (event: Event) => event.type,
};

export const form: Props<'socle-form'> = {
  'prevent-submit': true,
  onSocleSubmit: (event) => event.detail.formData.get('nom'),
};

// @ts-expect-error `date` is not an accepted type of socle-input.
export const wrongType: Props<'socle-input'> = { type: 'date' };

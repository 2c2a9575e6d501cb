import { defineOptionList } from './option.ts';

/** FORM.md §5.22 `attention_route`. */
export const attentionRouteList = defineOptionList({
  name: 'attention_route',
  options: [
    {
      code: 'four_step',
      en: '4-step route (possible vulnerable profile)',
      es: 'Ruta de 4 pasos (posible perfil vulnerable)',
    },
    {
      code: 'two_step',
      en: '2-step route (general information)',
      es: 'Ruta de 2 pasos (información general)',
    },
    { code: 'not_recorded', en: 'Route not recorded', es: 'Ruta sin registrar' },
  ],
});

export type AttentionRouteCode = (typeof attentionRouteList.options)[number]['code'];

import { defineOptionList } from './option.ts';

/** §5.1 `record_type`. */
export const recordTypeList = defineOptionList({
  name: 'record_type',
  options: [
    {
      code: 'case',
      en: 'Attention case (one person attended)',
      es: 'Caso de atención (una persona atendida)',
    },
    {
      code: 'activity',
      en: 'Activity (information day, workshop, etc.)',
      es: 'Actividad (jornada informativa, taller, etc.)',
    },
  ],
});

export type RecordType = (typeof recordTypeList.options)[number]['code'];

/** API texts of the campaign module, in both languages. */
export const campaignMessages = {
  titleMissing: { es: 'Escriba un título para la campaña.', en: 'Give the campaign a title.' },
  titleTooLong: { es: 'Use como máximo 200 caracteres.', en: 'Use at most 200 characters.' },
  unknownHub: { es: 'Esa ventanilla no existe.', en: 'That hub does not exist.' },
  badDocument: {
    es: 'El plan enviado no es un JSON válido.',
    en: 'The plan sent is not valid JSON.',
  },
  planOrDocument: {
    es: 'Envíe el plan una sola vez: en «plan» (o, obsoleto, en «document»).',
    en: 'Send the plan once: in `plan` (or, deprecated, in `document`).',
  },
  tooLarge: { es: 'El plan es demasiado grande.', en: 'The plan is too large.' },
  foreignActivity: {
    es: 'Solo se pueden vincular actividades registradas de la misma ventanilla.',
    en: 'Only recorded activities of the same hub can be linked.',
  },
  conflict: {
    es: (who: string | null, version: number) =>
      `${who ?? 'Otra persona'} guardó esta campaña mientras usted la editaba (ahora va por la versión ${version}). No se guardó nada: compare las dos versiones y elija con cuál quedarse.`,
    en: (who: string | null, version: number) =>
      `${who ?? 'Someone else'} saved this campaign while you were editing it (it is now at version ${version}). Nothing was saved: compare both versions and choose which to keep.`,
  },
};

import type { ProgrammeCountry } from './codes.ts';
import type { Rng } from './prng.ts';

const WOMEN = [
  'María',
  'Ana',
  'Rosa',
  'Carmen',
  'Yesenia',
  'Daniela',
  'Andrea',
  'Gabriela',
  'Karla',
  'Marisol',
  'Yolanda',
  'Sofía',
];
const MEN = [
  'José',
  'Juan',
  'Carlos',
  'Luis',
  'Jorge',
  'Miguel',
  'Wilmer',
  'Kevin',
  'Óscar',
  'Francisco',
  'Ángel',
  'Pedro',
];
const SURNAMES = [
  'Hernández',
  'García',
  'López',
  'Martínez',
  'Rodríguez',
  'González',
  'Pérez',
  'Ramírez',
  'Flores',
  'Castillo',
  'Reyes',
  'Morales',
  'Cruz',
  'Mejía',
  'Díaz',
  'Vásquez',
];
const HT_WOMEN = ['Marie', 'Nadège', 'Fabiola', 'Wideline', 'Roseline'];
const HT_MEN = ['Jean', 'Pierre', 'Wilson', 'Jacques', 'Stevenson'];
const HT_SURNAMES = ['Joseph', 'Pierre', 'Jean-Baptiste', 'Louis', 'Charles', 'Desir'];

/** A fictitious full name that fits the person's nationality and gender. */
export function fakeName(rng: Rng, nationality: string, womanLike: boolean): string {
  if (nationality === 'HTI') {
    return `${rng.pick(womanLike ? HT_WOMEN : HT_MEN)} ${rng.pick(HT_SURNAMES)}`;
  }
  const first = rng.pick(womanLike ? WOMEN : MEN);
  return `${first} ${rng.pick(SURNAMES)} ${rng.pick(SURNAMES)}`;
}

/** Community-level place words by country (FORM.md §3.3). */
const COMMUNITY_KIND: Record<ProgrammeCountry, readonly string[]> = {
  MEX: ['Colonia'],
  BLZ: ['Barrio'],
  GTM: ['Aldea', 'Zona'],
  SLV: ['Colonia', 'Cantón'],
  HND: ['Colonia', 'Barrio', 'Aldea'],
  NIC: ['Barrio', 'Comarca'],
  CRI: ['Barrio'],
  PAN: ['Corregimiento', 'Barrio'],
  DOM: ['Sector', 'Barrio'],
};
const COMMUNITY_NAMES = [
  'El Centro',
  'San José',
  'La Esperanza',
  'Santa Rosa',
  'Las Palmas',
  'El Carmen',
  'Los Ángeles',
  'San Martín',
  'La Libertad',
  'Nueva Jerusalén',
];

export function fakeCommunity(rng: Rng, country: ProgrammeCountry): string {
  return `${rng.pick(COMMUNITY_KIND[country])} ${rng.pick(COMMUNITY_NAMES)}`;
}

import type { ProgrammeCountry } from './codes.ts';

/** An extra municipality that can host a hub: [slug, town, admin1, admin2, transit share, mobile?]. */
export type ExtraPlace = readonly [string, string, string, string, number, boolean];

/** Plausible further hub locations, used when more hubs are asked for than are named. */
export const EXTRA_PLACES: Record<ProgrammeCountry, readonly ExtraPlace[]> = {
  MEX: [
    ['ciudad_juarez', 'Ciudad Juárez', 'Chihuahua', 'Juárez', 0.4, false],
    ['tenosique', 'Tenosique', 'Tabasco', 'Tenosique', 0.75, true],
    ['reynosa', 'Reynosa', 'Tamaulipas', 'Reynosa', 0.5, false],
    ['monterrey', 'Monterrey', 'Nuevo León', 'Monterrey', 0.2, false],
    ['palenque', 'Palenque', 'Chiapas', 'Palenque', 0.7, true],
    ['piedras_negras', 'Piedras Negras', 'Coahuila de Zaragoza', 'Piedras Negras', 0.45, false],
    ['mexicali', 'Mexicali', 'Baja California', 'Mexicali', 0.35, false],
    ['juchitan', 'Juchitán', 'Oaxaca', 'Juchitán de Zaragoza', 0.8, true],
  ],
  GTM: [
    ['ciudad_guatemala', 'Ciudad de Guatemala', 'Guatemala', 'Guatemala', 0.3, false],
    ['la_mesilla', 'La Mesilla', 'Huehuetenango', 'La Democracia', 0.6, true],
    ['el_ceibo', 'El Ceibo', 'Petén', 'La Libertad', 0.6, true],
    ['puerto_barrios', 'Puerto Barrios', 'Izabal', 'Puerto Barrios', 0.4, false],
    ['quetzaltenango', 'Quetzaltenango', 'Quetzaltenango', 'Quetzaltenango', 0.2, false],
  ],
  SLV: [
    ['san_miguel', 'San Miguel', 'San Miguel', 'San Miguel Centro', 0.15, false],
    ['santa_ana', 'Santa Ana', 'Santa Ana', 'Santa Ana Centro', 0.15, false],
    ['la_union', 'La Unión', 'La Unión', 'La Unión Sur', 0.3, true],
    ['chalatenango', 'Chalatenango', 'Chalatenango', 'Chalatenango Centro', 0.1, false],
  ],
  HND: [
    ['tegucigalpa', 'Tegucigalpa', 'Francisco Morazán', 'Distrito Central', 0.3, false],
    ['danli', 'Danlí', 'El Paraíso', 'Danlí', 0.85, true],
    ['ocotepeque', 'Ocotepeque', 'Ocotepeque', 'Ocotepeque', 0.7, false],
    ['omoa', 'Omoa', 'Cortés', 'Omoa', 0.5, true],
  ],
  NIC: [
    ['managua', 'Managua', 'Managua', 'Managua', 0.2, false],
    ['rivas', 'Rivas', 'Rivas', 'Cárdenas', 0.5, true],
    ['esteli', 'Estelí', 'Estelí', 'Estelí', 0.1, false],
    ['chinandega', 'Chinandega', 'Chinandega', 'Chinandega', 0.2, false],
  ],
  CRI: [
    ['la_cruz', 'La Cruz', 'Guanacaste', 'La Cruz', 0.35, false],
    ['san_jose', 'San José', 'San José', 'San José', 0.05, false],
    ['corredores', 'Ciudad Neily', 'Puntarenas', 'Corredores', 0.6, true],
    ['sarapiqui', 'Sarapiquí', 'Heredia', 'Sarapiquí', 0.05, false],
    ['pococi', 'Guápiles', 'Limón', 'Pococí', 0.05, false],
  ],
  PAN: [
    ['panama', 'Ciudad de Panamá', 'Panamá', 'Panamá', 0.2, false],
    ['paso_canoas', 'Paso Canoas', 'Chiriquí', 'Barú', 0.8, true],
    ['changuinola', 'Changuinola', 'Bocas del Toro', 'Changuinola', 0.4, false],
    ['colon', 'Colón', 'Colón', 'Colón', 0.2, false],
  ],
  BLZ: [
    ['belize_city', 'Belize City', 'Belize', 'Belize City', 0.1, false],
    ['orange_walk', 'Orange Walk', 'Orange Walk', 'Orange Walk Town', 0.1, false],
    ['corozal', 'Corozal', 'Corozal', 'Corozal Town', 0.3, true],
    ['punta_gorda', 'Punta Gorda', 'Toledo', 'Punta Gorda', 0.2, false],
  ],
  DOM: [
    ['santiago', 'Santiago', 'Santiago', 'Santiago de los Caballeros', 0.05, false],
    ['elias_pina', 'Elías Piña', 'Elías Piña', 'Comendador', 0.3, true],
    ['jimani', 'Jimaní', 'Independencia', 'Jimaní', 0.3, false],
    ['higuey', 'Higüey', 'La Altagracia', 'Higüey', 0.05, false],
    ['pedernales', 'Pedernales', 'Pedernales', 'Pedernales', 0.3, true],
  ],
};

/**
 * A handbook's table number or section code ("Tabla 2", "table 1", "§3.2"). People read a
 * handbook cited by its name and its section in words; codes and line references stay in code
 * comments.
 */
export const handbookCode = /§|\b(?:tabla|table) \d/iu;

/** The font stack of site and plan labels, registered in the basemap style's font-faces (see style/font-faces.ts). */
export { FONT_REGULAR as SITE_FONT } from './style/font-faces.ts';

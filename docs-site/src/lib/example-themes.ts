/** The themes a live example can be shown in, the first one by default. */
export const EXAMPLE_THEMES = ['socle', 'etat', 'commune-exemple', 'contraste-eleve'] as const;

import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-name-fields`: legend, field labels, buttons and errors. */
export const nameFieldsMessages: MessageTable = {
  fr: {
    'name-fields.legend': 'Identité',
    'name-fields.birthName': 'Nom de naissance',
    'name-fields.usageName': 'Nom d’usage',
    'name-fields.optional': 'facultatif',
    'name-fields.usageNameHint': 'Par exemple le nom de l’époux ou de l’épouse, s’il figure sur les papiers d’identité',
    'name-fields.givenName': 'Prénom',
    'name-fields.givenNameNumbered': 'Prénom {number}',
    'name-fields.givenNamesHint': 'Un prénom par champ, dans l’ordre de l’acte de naissance',
    'name-fields.addGivenName': 'Ajouter un prénom',
    'name-fields.remove': 'Supprimer',
    'name-fields.removeTarget': 'le prénom {number}',
    'name-fields.noGivenName': 'Je n’ai pas de prénom',
    'name-fields.birthNameMissing': 'Saisissez le nom de naissance.',
    'name-fields.givenNameMissing': 'Saisissez au moins un prénom, ou cochez « Je n’ai pas de prénom ».',
    'name-fields.partError': '{part} : {message}',
  },
  en: {
    'name-fields.legend': 'Identity',
    'name-fields.birthName': 'Birth surname',
    'name-fields.usageName': 'Surname in use',
    'name-fields.optional': 'optional',
    'name-fields.usageNameHint': 'For example the surname of a spouse, if it appears on identity documents',
    'name-fields.givenName': 'Given name',
    'name-fields.givenNameNumbered': 'Given name {number}',
    'name-fields.givenNamesHint': 'One given name per field, in the order of the birth certificate',
    'name-fields.addGivenName': 'Add a given name',
    'name-fields.remove': 'Remove',
    'name-fields.removeTarget': 'given name {number}',
    'name-fields.noGivenName': 'I have no given name',
    'name-fields.birthNameMissing': 'Enter the birth surname.',
    'name-fields.givenNameMissing': 'Enter at least one given name, or tick “I have no given name”.',
    'name-fields.partError': '{part}: {message}',
  },
};

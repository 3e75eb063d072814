// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleFileUpload as SocleFileUploadElement } from '@socle/components/file-upload';
import type { SocleEvent } from './event.js';

/** File field with drop zone, file list, type and size checks. React wrapper of `<socle-file-upload>`. */
export const SocleFileUpload = createComponent({
  react: React,
  tagName: 'socle-file-upload',
  elementClass: SocleFileUploadElement,
  events: {
    onInput: 'input' as EventName<SocleEvent<'input'>>,
    onChange: 'change' as EventName<SocleEvent<'change'>>,
  },
  displayName: 'SocleFileUpload',
});

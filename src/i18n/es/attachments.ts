import type { Strings } from '../strings.js';

export const attachments: Strings['attachments'] = {
  empty: '"{name}" está vacío.',
  notAudio: 'No se puede adjuntar "{name}": una llamada admite un archivo de audio (MP3, WAV, OGG, M4A o WebM), y el contenido de este archivo no es ninguno de ellos.',
  notImageOrPdf: 'No se puede adjuntar "{name}": un mensaje admite una imagen (PNG, JPEG, GIF o WEBP) o un documento PDF, y el contenido de este archivo no es ninguno de ellos.',
  tooLarge: {
    call: '"{name}" ocupa {size}; una grabación de llamada puede ocupar como máximo {limit}.',
    email: '"{name}" ocupa {size}; un adjunto de correo electrónico puede ocupar como máximo {limit}.',
    message: '"{name}" ocupa {size}; un adjunto de mensaje puede ocupar como máximo {limit}.',
  },
};

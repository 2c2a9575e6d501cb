import { defineMessages } from './translate.ts';

/** Texts of the shared shell, sign-in and errors, used by every app. */
export const sharedMessages = defineMessages({
  es: {
    'shell.skipLink': 'Saltar al contenido',
    'shell.nav': 'Navegación principal',
    'shell.account': 'Cuenta',
    'shell.signedInAs': 'Sesión de {name}',
    'shell.signOut': 'Cerrar sesión',
    'shell.org': 'Ventanillas de Información sobre Migración · OIM',
    'language.label': 'Idioma',
    'language.switch': 'English',
    'language.switchHint': 'Cambiar el idioma a inglés',
    'signin.title': 'Iniciar sesión',
    'signin.intro': 'Use la cuenta que le dio su coordinación.',
    'signin.email': 'Correo electrónico',
    'signin.password': 'Contraseña',
    'signin.submit': 'Entrar',
    'signin.error.invalid':
      'El correo o la contraseña no son correctos. Revíselos e intente de nuevo.',
    'signin.error.missing': 'Escriba su correo y su contraseña.',
    'signin.error.unavailable':
      'El servicio no responde en este momento. Revise su conexión e intente de nuevo en unos minutos.',
    'signin.signedOut': 'Cerró la sesión.',
    'error.title': 'Algo salió mal',
    'error.notFound': 'No encontramos esta página.',
    'error.unavailable':
      'El servicio no responde en este momento. Intente de nuevo en unos minutos.',
    'error.back': 'Volver al inicio',
    'error.forbidden.title': 'Esta página no es para su rol',
    'error.forbidden.role': 'Con el rol {role} no puede abrir esta página.',
    'error.forbidden.signedOut': 'Su cuenta no puede abrir esta página.',
    'error.forbidden.canUse': 'Puede usar:',
    upcoming: 'Próximamente',
  },
  en: {
    'shell.skipLink': 'Skip to content',
    'shell.nav': 'Main navigation',
    'shell.account': 'Account',
    'shell.signedInAs': 'Signed in as {name}',
    'shell.signOut': 'Sign out',
    'shell.org': 'Information Hubs on Migration · IOM',
    'language.label': 'Language',
    'language.switch': 'Español',
    'language.switchHint': 'Switch the language to Spanish',
    'signin.title': 'Sign in',
    'signin.intro': 'Use the account your coordinator gave you.',
    'signin.email': 'Email',
    'signin.password': 'Password',
    'signin.submit': 'Sign in',
    'signin.error.invalid': 'The email or password is not correct. Check them and try again.',
    'signin.error.missing': 'Enter your email and your password.',
    'signin.error.unavailable':
      'The service is not answering right now. Check your connection and try again in a few minutes.',
    'signin.signedOut': 'You signed out.',
    'error.title': 'Something went wrong',
    'error.notFound': 'We could not find this page.',
    'error.unavailable': 'The service is not answering right now. Try again in a few minutes.',
    'error.back': 'Back to the start page',
    'error.forbidden.title': 'This page is not for your role',
    'error.forbidden.role': 'With the role {role} you cannot open this page.',
    'error.forbidden.signedOut': 'Your account cannot open this page.',
    'error.forbidden.canUse': 'You can use:',
    upcoming: 'Coming soon',
  },
});

export type SharedKey = keyof typeof sharedMessages.es;

/** The English page's entry: the app, with the English messages (each page loads only its own language). */
import messages from '@/i18n/en'
import { start } from '@/start'

void start('en', messages)

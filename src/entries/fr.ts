/** The French page's entry: the app, with the French messages (each page loads only its own language). */
import messages from '@/i18n/fr'
import { start } from '@/start'

void start('fr', messages)

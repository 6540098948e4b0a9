import { msg } from '../i18n/msg.js';
import type { Source } from './types.js';

/**
 * When to see a clinician instead of self-treating. Shown before any self-treatment advice.
 * Sources: NHS (nhs.uk: back pain, chest pain, DVT, meningitis), Mayo Clinic (symptom checker
 * pages on back pain, chest pain, deep vein thrombosis).
 */
export interface RedFlag {
  id: string;
  text: () => string;
}

export const RED_FLAGS: readonly RedFlag[] = [
  { id: 'cauda-equina', text: () => msg('Back pain with new bladder or bowel problems, or numbness around the genitals or buttocks: get emergency care.', { id: 'safety.red-flag.cauda-equina' }) },
  { id: 'chest', text: () => msg('Chest pain that feels heavy or tight, or spreads to the arm, jaw, neck or back: call emergency services.', { id: 'safety.red-flag.chest' }) },
  { id: 'calf', text: () => msg('One calf swollen, warm, red or painful to touch: see a doctor the same day (possible blood clot).', { id: 'safety.red-flag.calf' }) },
  { id: 'meningitis', text: () => msg('Fever with a stiff neck, a severe headache or a rash: get emergency care.', { id: 'safety.red-flag.meningitis' }) },
  { id: 'trauma', text: () => msg('Pain after a fall, accident or injury.', { id: 'safety.red-flag.trauma' }) },
  { id: 'nerve', text: () => msg('Numbness, tingling or weakness in an arm or leg, or trouble walking.', { id: 'safety.red-flag.nerve' }) },
  { id: 'not-improving', text: () => msg('Pain that self-care has not improved after two weeks, or that keeps getting worse.', { id: 'safety.red-flag.not-improving' }) },
  { id: 'systemic', text: () => msg('Pain with unexplained weight loss, fever, or a history of cancer.', { id: 'safety.red-flag.systemic' }) },
];

export const RED_FLAG_SOURCES: readonly Source[] = [
  { title: 'NHS', detail: 'Back pain; Chest pain; DVT (deep vein thrombosis); Meningitis' },
  { title: 'Mayo Clinic', detail: 'Back pain: when to see a doctor; Deep vein thrombosis: symptoms' },
];

export const redFlagsTitle = () => msg('See a clinician first if you have', { id: 'safety.red-flags.title' });

export const disclaimer = () =>
  msg('This is general education, not a diagnosis or treatment plan. Self-care should feel like a "good hurt", never sharp pain; stop if symptoms get worse.', { id: 'safety.disclaimer' });

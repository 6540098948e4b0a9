import { msg } from '../i18n/msg.js';
import type { Area, AskFirst, Source } from './types.js';

/**
 * When to see a clinician instead of self-treating: shown before any self-treatment advice,
 * in every layout. Each sign carries its urgency and the pages it comes from: NHS pages by
 * their title (nhs.uk) and NICE Clinical Knowledge Summaries by their topic name
 * (cks.nice.org.uk). Wording is ours, kept plain for a blog reader.
 *
 * Where the pages differ in urgency we take the more urgent one (e.g. giant cell arteritis
 * is "same day", but vision change with it is an emergency, as the NHS page says).
 */
export type Urgency = 'emergency' | 'same-day' | 'soon';

export interface RedFlag {
  id: string;
  urgency: Urgency;
  text: () => string;
  /** The body areas whose muscles this sign concerns; absent: every area. */
  areas?: readonly Area[];
  sources: readonly Source[];
}

const NHS = (page: string): Source => ({ title: 'NHS', detail: page });
const CKS = (topic: string): Source => ({ title: 'NICE CKS', detail: topic });
const LOW_BACK = CKS('Back pain - low (without radiculopathy)');

/** In order of urgency; within one urgency, the most dangerous first. */
export const RED_FLAGS: readonly RedFlag[] = [
  {
    id: 'stroke',
    urgency: 'emergency',
    areas: ['head-neck', 'shoulder-arm'],
    text: () => msg('A face that droops on one side, an arm that is weak or numb, or speech that is slurred or confused (signs of a stroke), even if it passes.', { id: 'safety.red-flag.stroke' }),
    sources: [NHS('Stroke')],
  },
  {
    id: 'chest',
    urgency: 'emergency',
    areas: ['head-neck', 'shoulder-arm', 'trunk'],
    text: () => msg('Chest pain or a heavy, tight pressure that may spread to the arm, jaw, neck or back, or comes with breathlessness, sweating or feeling sick.', { id: 'safety.red-flag.chest' }),
    sources: [NHS('Chest pain'), NHS('Heart attack')],
  },
  {
    id: 'thunderclap',
    urgency: 'emergency',
    areas: ['head-neck'],
    text: () => msg('A sudden, severe headache, the worst you have ever had.', { id: 'safety.red-flag.thunderclap' }),
    sources: [NHS('Headaches'), CKS('Headache - assessment')],
  },
  {
    id: 'meningitis',
    urgency: 'emergency',
    areas: ['head-neck'],
    text: () => msg('Fever with a stiff neck, a rash that does not fade when you press a glass on it, confusion or a dislike of bright light.', { id: 'safety.red-flag.meningitis' }),
    sources: [NHS('Meningitis')],
  },
  {
    id: 'neck-artery',
    urgency: 'emergency',
    areas: ['head-neck', 'shoulder-arm'],
    text: () => msg('Neck pain after a fall, accident or sudden jolt with numbness, weakness, dizziness, double vision or trouble speaking; or sudden, severe neck pain with a headache.', { id: 'safety.red-flag.neck-artery' }),
    sources: [CKS('Neck pain - non-specific'), CKS('Headache - assessment')],
  },
  {
    id: 'pulmonary-embolism',
    urgency: 'emergency',
    areas: ['hip-leg', 'trunk'],
    text: () => msg('A painful or swollen calf or thigh with breathlessness, chest pain or coughing up blood (a possible clot in the lungs).', { id: 'safety.red-flag.pulmonary-embolism' }),
    sources: [NHS('Deep vein thrombosis (DVT)'), NHS('Pulmonary embolism')],
  },
  {
    id: 'cauda-equina',
    urgency: 'emergency',
    areas: ['trunk', 'hip-leg'],
    text: () => msg('Back pain with new trouble passing urine or controlling your bowels, numbness in the saddle area (between the legs, around the buttocks or genitals), pain, numbness or weakness in both legs, or new problems getting an erection or feeling during sex.', { id: 'safety.red-flag.cauda-equina' }),
    sources: [NHS('Cauda equina syndrome'), LOW_BACK],
  },
  {
    id: 'head-injury',
    urgency: 'emergency',
    areas: ['head-neck'],
    text: () => msg('A headache after a blow to the head, or a painful red eye with blurred vision or haloes around lights.', { id: 'safety.red-flag.head-injury' }),
    sources: [NHS('Head injury and concussion'), NHS('Glaucoma'), CKS('Headache - assessment')],
  },
  {
    id: 'serious-accident',
    urgency: 'emergency',
    areas: ['head-neck', 'shoulder-arm', 'trunk', 'hip-leg'],
    text: () => msg('Back or neck pain after a serious accident, such as a car crash or a fall from a height.', { id: 'safety.red-flag.serious-accident' }),
    sources: [NHS('Back pain'), CKS('Neck pain - non-specific')],
  },
  {
    id: 'aorta',
    urgency: 'emergency',
    areas: ['trunk', 'hip-leg'],
    text: () => msg('Sudden, severe pain in the belly or back that does not go away (a possible burst artery), especially if you are over 60 or smoke.', { id: 'safety.red-flag.aorta' }),
    sources: [NHS('Abdominal aortic aneurysm')],
  },
  {
    id: 'compartment',
    urgency: 'emergency',
    areas: ['hip-leg'],
    text: () => msg('Severe, growing pain in a leg that feels tight and swollen, worse when you move your foot or toes, often after an injury or hard exercise.', { id: 'safety.red-flag.compartment' }),
    sources: [NHS('Compartment syndrome')],
  },
  {
    id: 'calf',
    urgency: 'same-day',
    areas: ['hip-leg'],
    text: () => msg('One calf or leg that is swollen, warm, red or darker than the other and painful, often worse when you walk or stand (a possible blood clot): do not massage it.', { id: 'safety.red-flag.calf' }),
    sources: [NHS('Deep vein thrombosis (DVT)')],
  },
  {
    id: 'giant-cell-arteritis',
    urgency: 'same-day',
    areas: ['head-neck'],
    text: () => msg('Aged over 50 with a new headache at the temples, a tender scalp, or jaw pain when chewing; if your sight changes too, get emergency care.', { id: 'safety.red-flag.giant-cell-arteritis' }),
    sources: [NHS('Giant cell arteritis'), CKS('Giant cell arteritis')],
  },
  {
    id: 'worsening-headache',
    urgency: 'same-day',
    areas: ['head-neck'],
    text: () => msg('A headache that keeps getting worse, comes with vomiting, or starts when you cough, strain, exercise or lie down.', { id: 'safety.red-flag.worsening-headache' }),
    sources: [CKS('Headache - assessment')],
  },
  {
    id: 'fever',
    urgency: 'same-day',
    text: () => msg('Pain with a high temperature, or feeling very unwell.', { id: 'safety.red-flag.fever' }),
    sources: [LOW_BACK, NHS('Back pain')],
  },
  {
    id: 'myelopathy',
    urgency: 'same-day',
    areas: ['head-neck', 'shoulder-arm'],
    text: () => msg('Clumsy hands, unsteady walking, or electric-shock feelings down the spine or limbs when you bend your neck.', { id: 'safety.red-flag.myelopathy' }),
    sources: [CKS('Neck pain - non-specific')],
  },
  {
    id: 'hot-joint',
    urgency: 'same-day',
    text: () => msg('A hot, red, swollen joint that is very painful to move, especially with a fever.', { id: 'safety.red-flag.hot-joint' }),
    sources: [NHS('Septic arthritis')],
  },
  {
    id: 'weakness',
    urgency: 'same-day',
    areas: ['head-neck', 'shoulder-arm', 'trunk', 'hip-leg'],
    text: () => msg('Weakness in an arm or leg that is getting worse, or a foot that catches or drops when you walk.', { id: 'safety.red-flag.weakness' }),
    sources: [CKS('Sciatica (lumbar radiculopathy)'), CKS('Neck pain - cervical radiculopathy')],
  },
  {
    id: 'nerve',
    urgency: 'soon',
    text: () => msg('New numbness, pins and needles or burning pain in an arm or leg.', { id: 'safety.red-flag.nerve' }),
    sources: [CKS('Sciatica (lumbar radiculopathy)'), CKS('Neck pain - cervical radiculopathy')],
  },
  {
    id: 'night-pain',
    urgency: 'soon',
    text: () => msg('Pain at night or at rest that does not ease whatever position you are in.', { id: 'safety.red-flag.night-pain' }),
    sources: [LOW_BACK],
  },
  {
    id: 'cancer',
    urgency: 'soon',
    text: () => msg('Unexplained weight loss, or new pain when you have had cancer.', { id: 'safety.red-flag.cancer' }),
    sources: [LOW_BACK],
  },
  {
    id: 'fracture-risk',
    urgency: 'soon',
    areas: ['trunk', 'head-neck'],
    text: () => msg('New back or neck pain over the age of 50, or with osteoporosis or long-term steroid tablets (a possible fracture).', { id: 'safety.red-flag.fracture-risk' }),
    sources: [LOW_BACK],
  },
  {
    id: 'infection-risk',
    urgency: 'soon',
    text: () => msg('Pain with a weakened immune system (for example from chemotherapy or long-term steroids), or if you inject drugs.', { id: 'safety.red-flag.infection-risk' }),
    sources: [LOW_BACK],
  },
  {
    id: 'trauma',
    urgency: 'soon',
    text: () => msg('Pain that began after a smaller fall or injury.', { id: 'safety.red-flag.trauma' }),
    sources: [NHS('Back pain'), NHS('Neck pain')],
  },
  {
    id: 'not-improving',
    urgency: 'soon',
    text: () => msg('Pain that is no better after two weeks of self-care, or that keeps getting worse.', { id: 'safety.red-flag.not-improving' }),
    sources: [NHS('Back pain')],
  },
];

/** The red flags that concern a body area (every flag when no area is given), most urgent first. */
export function redFlagsFor(area?: Area): RedFlag[] {
  return RED_FLAGS.filter((f) => !area || !f.areas || f.areas.includes(area));
}

/** Every page the red flags cite, once each, in the flags' order. */
export function redFlagSources(flags: readonly RedFlag[] = RED_FLAGS): Source[] {
  const seen = new Map<string, Source>();
  for (const f of flags) for (const s of f.sources) seen.set(`${s.title}: ${s.detail}`, s);
  return [...seen.values()];
}

/** Every page the red flags cite. */
export const RED_FLAG_SOURCES: readonly Source[] = redFlagSources();

/** What to do, per urgency, in words. */
export const urgencyInWords = (urgency: Urgency): string =>
  ({
    emergency: () => msg('Call your local emergency number now', { id: 'safety.urgency.emergency' }),
    'same-day': () => msg('See a doctor today', { id: 'safety.urgency.same-day' }),
    soon: () => msg('See a doctor in the next few days', { id: 'safety.urgency.soon' }),
  })[urgency]();

/** The "ask first" conditions, each finishing "Ask a doctor or physiotherapist first if …". */
export const askFirstInWords = (id: AskFirst): string =>
  ({
    anticoagulants: () => msg('you take blood thinners or have a bleeding disorder', { id: 'safety.ask-first.anticoagulants' }),
    osteoporosis: () => msg('you have osteoporosis or fragile bones', { id: 'safety.ask-first.osteoporosis' }),
    pregnancy: () => msg('you are pregnant', { id: 'safety.ask-first.pregnancy' }),
    'clot-risk': () => msg('you have had a blood clot, or are at risk of one (recent surgery, a long journey, hormone treatment, cancer)', { id: 'safety.ask-first.clot-risk' }),
    'varicose-veins': () => msg('you have varicose veins where you would press', { id: 'safety.ask-first.varicose-veins' }),
    'recent-injury': () => msg('you strained or injured this area in the last 3 days', { id: 'safety.ask-first.recent-injury' }),
    'recent-surgery': () => msg('you had surgery at or near this area recently', { id: 'safety.ask-first.recent-surgery' }),
    lymphoedema: () => msg('you have lymphoedema or have had lymph nodes removed', { id: 'safety.ask-first.lymphoedema' }),
    carotid: () => msg('you have narrowed neck arteries (carotid disease) or have had a stroke', { id: 'safety.ask-first.carotid' }),
    kidney: () => msg('you have kidney disease', { id: 'safety.ask-first.kidney' }),
    cancer: () => msg('you have cancer at or near this area', { id: 'safety.ask-first.cancer' }),
    unwell: () => msg('you have a fever or feel unwell', { id: 'safety.ask-first.unwell' }),
  })[id]();

export const ASK_FIRST_IDS: readonly AskFirst[] = ['anticoagulants', 'osteoporosis', 'pregnancy', 'clot-risk', 'varicose-veins', 'recent-injury', 'recent-surgery', 'lymphoedema', 'carotid', 'kidney', 'cancer', 'unwell'];

export const askFirstTitle = () => msg('Ask a doctor or physiotherapist first if', { id: 'safety.ask-first.title' });

export const redFlagsTitle = () => msg('Check the warning signs first', { id: 'safety.red-flags.title' });

export const redFlagsIntro = () => msg('Do not self-treat; get help instead if you have:', { id: 'safety.red-flags.intro' });

export const disclaimer = () =>
  msg('This is general education, not a diagnosis or treatment plan. Self-care should feel like a "good hurt", never sharp pain; stop if symptoms get worse.', { id: 'safety.disclaimer' });

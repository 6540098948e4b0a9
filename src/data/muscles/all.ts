// Every muscle module, statically: for knotkit/data (apps and tools that want the whole catalog).
import { data as upperTrapezius } from './upper-trapezius.js';
import { data as middleTrapezius } from './middle-trapezius.js';
import { data as lowerTrapezius } from './lower-trapezius.js';
import { data as levatorScapulae } from './levator-scapulae.js';
import { data as sternocleidomastoid } from './sternocleidomastoid.js';
import { data as suboccipitals } from './suboccipitals.js';
import { data as spleniusCapitis } from './splenius-capitis.js';
import { data as temporalis } from './temporalis.js';
import { data as masseter } from './masseter.js';
import { data as lateralPterygoid } from './lateral-pterygoid.js';
import { data as scalenes } from './scalenes.js';
import { data as supraspinatus } from './supraspinatus.js';
import { data as infraspinatus } from './infraspinatus.js';
import { data as teresMinor } from './teres-minor.js';
import { data as subscapularis } from './subscapularis.js';
import { data as rhomboids } from './rhomboids.js';
import { data as deltoid } from './deltoid.js';
import { data as bicepsBrachii } from './biceps-brachii.js';
import { data as tricepsBrachii } from './triceps-brachii.js';
import { data as brachioradialis } from './brachioradialis.js';
import { data as wristFingerExtensors } from './wrist-finger-extensors.js';
import { data as wristFingerFlexors } from './wrist-finger-flexors.js';
import { data as pectoralisMajor } from './pectoralis-major.js';
import { data as pectoralisMinor } from './pectoralis-minor.js';
import { data as serratusAnterior } from './serratus-anterior.js';
import { data as latissimusDorsi } from './latissimus-dorsi.js';
import { data as erectorSpinae } from './erector-spinae.js';
import { data as multifidus } from './multifidus.js';
import { data as quadratusLumborum } from './quadratus-lumborum.js';
import { data as rectusAbdominis } from './rectus-abdominis.js';
import { data as iliopsoas } from './iliopsoas.js';
import { data as gluteusMaximus } from './gluteus-maximus.js';
import { data as gluteusMedius } from './gluteus-medius.js';
import { data as gluteusMinimus } from './gluteus-minimus.js';
import { data as piriformis } from './piriformis.js';
import { data as tensorFasciaeLatae } from './tensor-fasciae-latae.js';
import { data as rectusFemoris } from './rectus-femoris.js';
import { data as vastusLateralis } from './vastus-lateralis.js';
import { data as vastusMedialis } from './vastus-medialis.js';
import { data as hamstrings } from './hamstrings.js';
import { data as adductors } from './adductors.js';
import { data as tibialisAnterior } from './tibialis-anterior.js';
import { data as gastrocnemius } from './gastrocnemius.js';
import { data as soleus } from './soleus.js';
import { data as peroneals } from './peroneals.js';
import { data as plantarFoot } from './plantar-foot.js';
import type { MuscleData } from '../types.js';

/** Head to foot. */
export const ALL_MUSCLES: readonly MuscleData[] = [
  upperTrapezius,
  middleTrapezius,
  lowerTrapezius,
  levatorScapulae,
  sternocleidomastoid,
  suboccipitals,
  spleniusCapitis,
  temporalis,
  masseter,
  lateralPterygoid,
  scalenes,
  supraspinatus,
  infraspinatus,
  teresMinor,
  subscapularis,
  rhomboids,
  deltoid,
  bicepsBrachii,
  tricepsBrachii,
  brachioradialis,
  wristFingerExtensors,
  wristFingerFlexors,
  pectoralisMajor,
  pectoralisMinor,
  serratusAnterior,
  latissimusDorsi,
  erectorSpinae,
  multifidus,
  quadratusLumborum,
  rectusAbdominis,
  iliopsoas,
  gluteusMaximus,
  gluteusMedius,
  gluteusMinimus,
  piriformis,
  tensorFasciaeLatae,
  rectusFemoris,
  vastusLateralis,
  vastusMedialis,
  hamstrings,
  adductors,
  tibialisAnterior,
  gastrocnemius,
  soleus,
  peroneals,
  plantarFoot,
];

/**
 * knotkit for React (`knotkit/react`): each element as a React component with typed props
 * and `on…` event props, made with @lit/react. Importing this registers every element.
 *
 * ```tsx
 * import { HoldTimer } from 'knotkit/react';
 * <HoldTimer duration={45} label="Upper trapezius" onKnotComplete={(e) => save(e.detail)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { KnotHoldTimer, type KnotCompleteDetail, type KnotPhaseDetail } from '../components/hold-timer/hold-timer.js';
import { KnotBodyMap, type BodyMapChangeDetail, type KnotRegionFocusDetail } from '../components/body-map/body-map.js';
import { KnotTechniqueCard, type KnotStartTechniqueDetail } from '../components/technique-card/technique-card.js';
import { KnotRoutinePlayer, type KnotRoutineCompleteDetail, type KnotStepDetail } from '../components/routine-player/routine-player.js';

export const HoldTimer = createComponent({
  tagName: 'knot-hold-timer',
  elementClass: KnotHoldTimer,
  react: React,
  events: {
    onKnotStart: 'knot-start' as EventName<CustomEvent<void>>,
    onKnotPause: 'knot-pause' as EventName<CustomEvent<void>>,
    onKnotResume: 'knot-resume' as EventName<CustomEvent<void>>,
    onKnotReset: 'knot-reset' as EventName<CustomEvent<void>>,
    onKnotPhase: 'knot-phase' as EventName<CustomEvent<KnotPhaseDetail>>,
    onKnotComplete: 'knot-complete' as EventName<CustomEvent<KnotCompleteDetail>>,
  },
});

export const BodyMap = createComponent({
  tagName: 'knot-body-map',
  elementClass: KnotBodyMap,
  react: React,
  events: {
    onChange: 'change' as EventName<CustomEvent<BodyMapChangeDetail>>,
    onInput: 'input' as EventName<CustomEvent<BodyMapChangeDetail>>,
    onKnotRegionFocus: 'knot-region-focus' as EventName<CustomEvent<KnotRegionFocusDetail>>,
  },
});

export const TechniqueCard = createComponent({
  tagName: 'knot-technique-card',
  elementClass: KnotTechniqueCard,
  react: React,
  events: {
    onKnotStartTechnique: 'knot-start-technique' as EventName<CustomEvent<KnotStartTechniqueDetail>>,
  },
});

export const RoutinePlayer = createComponent({
  tagName: 'knot-routine-player',
  elementClass: KnotRoutinePlayer,
  react: React,
  events: {
    onKnotStep: 'knot-step' as EventName<CustomEvent<KnotStepDetail>>,
    onKnotRoutineComplete: 'knot-routine-complete' as EventName<CustomEvent<KnotRoutineCompleteDetail>>,
  },
});

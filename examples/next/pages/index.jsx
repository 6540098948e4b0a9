import Head from 'next/head';
import { useRef, useState } from 'react';
// One wrapper module per element: importing it registers that element only.
import { BodyMap } from 'knotkit/react/body-map.js';
import { HoldTimer } from 'knotkit/react/hold-timer.js';
// A raw tag needs only its registering module.
import 'knotkit/technique-card.js';

export default function Home() {
  const [regions, setRegions] = useState([]);
  const [timer, setTimer] = useState('not started');
  const timerRef = useRef(null);

  return (
    <main>
      <Head>
        <title>knotkit with Next.js</title>
      </Head>
      <h1>Where does it hurt?</h1>
      <BodyMap view="front" onChange={(e) => setRegions(e.detail.value.map((r) => r.region))} />
      <p id="regions">Chosen: {regions.length ? regions.join(', ') : 'nothing yet'}</p>

      <h2>Hold</h2>
      <button type="button" onClick={() => timerRef.current.start()}>
        Start a 30-second hold
      </button>
      <HoldTimer
        ref={timerRef}
        label="Upper trapezius"
        duration={30}
        prepare={5}
        onKnotStart={() => setTimer('running')}
        onKnotComplete={() => setTimer('done')}
      />
      <p id="timer">Timer: {timer}</p>

      <knot-technique-card technique="upper-trapezius-pincer" heading-level="2"></knot-technique-card>
    </main>
  );
}

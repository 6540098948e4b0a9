// The snippet a page that allows one small script adds beside its knotkit iframes: each iframe
// takes the height its embed reports (only from that iframe's own window).
addEventListener('message', (event) => {
  if (event.data?.type !== 'knotkit:height') return;
  for (const frame of document.querySelectorAll('iframe')) if (frame.contentWindow === event.source) frame.height = String(event.data.height);
});

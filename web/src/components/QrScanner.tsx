import { useEffect, useRef, useState } from 'preact/hooks';

/** The Shape Detection API's barcode reader, where the browser has one (e.g. Chrome on Android, macOS). */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
declare global {
  interface Window {
    BarcodeDetector?: new (options: { formats: string[] }) => BarcodeDetectorLike;
  }
}

const SCAN_INTERVAL_MS = 300;

/** Reads ticket QR codes from the camera while on; offered only where the browser can detect QR codes. */
export function QrScanner({ onCode }: { onCode(code: string): void }) {
  const [on, setOn] = useState(false);
  const [problem, setProblem] = useState<string>();
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    if (!on || !window.BarcodeDetector) return;
    const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = '';
    const scan = async () => {
      const found = (await detector.detect(video.current!).catch(() => []))[0]?.rawValue;
      if (found && found !== last) {
        last = found;
        onCode(found);
      }
      timer = setTimeout(() => void scan(), SCAN_INTERVAL_MS);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (opened) => {
        stream = opened;
        video.current!.srcObject = opened;
        await video.current!.play();
        void scan();
      })
      .catch(() => {
        setProblem('The camera is not available; type the code instead.');
        setOn(false);
      });
    return () => {
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [on]);

  if (!window.BarcodeDetector || !navigator.mediaDevices) return null;
  return (
    <div class="scanner">
      <button type="button" class="secondary" onClick={() => setOn(!on)}>{on ? 'Stop camera' : 'Scan with camera'}</button>
      {on && <video ref={video} muted playsInline width={320} height={240} />}
      {problem && <p class="muted">{problem}</p>}
    </div>
  );
}

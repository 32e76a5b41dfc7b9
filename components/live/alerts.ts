"use client";

// New-message alerts are a choice each person makes per browser (off by default): kept in this
// browser's storage, not on the server, since a desktop notification's permission is per browser too.

const KEY = "inbox.alerts";

export type AlertSettings = { sound: boolean; desktop: boolean };

export function alertsEnabled(): AlertSettings {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? "{}");
    return { sound: stored.sound === true, desktop: stored.desktop === true };
  } catch {
    return { sound: false, desktop: false };
  }
}

export function saveAlerts(settings: AlertSettings) {
  localStorage.setItem(KEY, JSON.stringify(settings));
}

/** A short two-note chime, made on the spot (no sound file to fetch). */
export function playChime() {
  const AudioContextClass = window.AudioContext;
  if (!AudioContextClass) return;
  const context = new AudioContextClass();
  const start = context.currentTime;
  [880, 1320].forEach((frequency, i) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.15, start + i * 0.15);
    gain.gain.exponentialRampToValueAtTime(0.001, start + i * 0.15 + 0.3);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start + i * 0.15);
    oscillator.stop(start + i * 0.15 + 0.3);
  });
  setTimeout(() => void context.close(), 1000);
}

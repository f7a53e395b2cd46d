'use client'

import dynamic from 'next/dynamic'

// recharts is ~110 kB gzip: the overview's charts load it in their own chunk after the page is
// interactive instead of in the page's first load (still rendered on the server, then hydrated).
export const BoothsByStatusChart = dynamic(() => import('./booths-by-status-chart').then((m) => m.BoothsByStatusChart))
export const MessagesPerHourChart = dynamic(() => import('./messages-per-hour-chart').then((m) => m.MessagesPerHourChart))

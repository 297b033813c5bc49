import type { Metadata } from 'next';
import { AppHeader } from '@/components/app-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Upstream', template: '%s · Upstream' },
  description:
    'Customer problems attributed to the department that originated them, with resolution time and recurrence next to call-time metrics.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-2 focus:z-10 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm"
        >
          Skip to content
        </a>
        <AppHeader />
        <main
          id="main"
          className="mx-auto max-w-7xl px-4 py-8 sm:px-6 lg:px-8 print:max-w-none print:p-0"
        >
          {children}
        </main>
      </body>
    </html>
  );
}

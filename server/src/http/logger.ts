import { pino, type Logger } from 'pino';
import type { AppConfig } from '../config/config.js';

/** Structured JSON logs; secrets and private links never reach them. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.token'],
      censor: '[redacted]',
    },
  });
}

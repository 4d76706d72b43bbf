/** Bytes as MB (10^6 bytes), as the goals are stated: `951 MB`. */
export const mb = (bytes: number, digits = 0) => `${(bytes / 1e6).toFixed(digits)} MB`;

/** Milliseconds as seconds: `6.5 s`. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

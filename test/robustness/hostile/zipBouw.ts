import { constants, crc32, deflateRawSync } from 'zlib';

/**
 * Zip files assembled byte by byte for the hostile kinds (APPNOTE.TXT), independent of the
 * product's zip writer: every field can lie (CRC, sizes, offsets, the count, flags, method),
 * and ZIP64 records can be written where a small zip would not need them.
 */

export interface Deel {
  naam: string;
  /** The uncompressed content (its CRC and size, unless given below). */
  inhoud?: Buffer;
  /** Stored (0) or deflated (8, default); any other number is written as is. */
  methode?: number;
  /** The bytes stored, when not `inhoud` deflated or stored. */
  data?: Buffer;
  crc?: number;
  grootte?: number;
  vlaggen?: number;
  /** Where the central directory says the local header is, when not where it is written. */
  offset?: (echt: number) => number;
  /** Not written as a local header with data: only a central directory entry (pointing via `offset`). */
  alleenInMap?: boolean;
}

export interface ZipOpties {
  /** The number of entries the end record states, when it lies. */
  aantal?: number;
  /** ZIP64 extra fields in every entry and a ZIP64 end record with its locator. */
  zip64?: boolean;
  /** Disk number in the end record (a split zip). */
  schijf?: number;
}

const MAX32 = 0xffffffff;

function extra64(waarden: bigint[]): Buffer {
  const b = Buffer.alloc(4 + 8 * waarden.length);
  b.writeUInt16LE(1, 0);
  b.writeUInt16LE(8 * waarden.length, 2);
  waarden.forEach((w, i) => b.writeBigUInt64LE(w, 4 + 8 * i));
  return b;
}

/** A zip of these parts, in this order. */
export function bouwZip(delen: readonly Deel[], opties: ZipOpties = {}): Buffer {
  const lokaal: Buffer[] = [];
  const centraal: Buffer[] = [];
  let at = 0;
  for (const d of delen) {
    const inhoud = d.inhoud ?? Buffer.alloc(0);
    const methode = d.methode ?? 8;
    const data = d.data ?? (methode === 8 ? deflateRawSync(inhoud) : inhoud);
    const [crc, grootte] = [d.crc ?? crc32(inhoud), d.grootte ?? inhoud.length];
    const naam = Buffer.from(d.naam, 'utf8');
    const groot = opties.zip64 || grootte >= MAX32;
    const offset = d.offset ? d.offset(at) : at;
    const kop = (handtekening: number, lengte: number, extra: Buffer, v: number) => {
      const h = Buffer.alloc(lengte);
      h.writeUInt32LE(handtekening, 0);
      h.writeUInt16LE(groot ? 45 : 20, v);
      h.writeUInt16LE(d.vlaggen ?? 0x0800, v + 2);
      h.writeUInt16LE(methode, v + 4);
      h.writeUInt16LE(0x6000, v + 6);
      h.writeUInt16LE(0x5b82, v + 8);
      h.writeUInt32LE(crc >>> 0, v + 10);
      h.writeUInt32LE(groot ? MAX32 : data.length, v + 14);
      h.writeUInt32LE(groot ? MAX32 : grootte, v + 18);
      h.writeUInt16LE(naam.length, v + 22);
      h.writeUInt16LE(extra.length, v + 24);
      return h;
    };
    const maten = [BigInt(grootte), BigInt(data.length)];
    if (!d.alleenInMap) {
      const extra = groot ? extra64(maten) : Buffer.alloc(0);
      lokaal.push(kop(0x04034b50, 30, extra, 4), naam, extra, data);
    }
    const extra = opties.zip64 ? extra64([...maten, BigInt(offset)]) : groot ? extra64(maten) : Buffer.alloc(0);
    const c = kop(0x02014b50, 46, extra, 6);
    c.writeUInt16LE(groot ? 45 : 20, 4);
    c.writeUInt32LE(opties.zip64 ? MAX32 : offset, 42);
    centraal.push(c, naam, extra);
    if (!d.alleenInMap) at += 30 + naam.length + (groot ? 20 : 0) + data.length;
  }
  const grootte = centraal.reduce((n, b) => n + b.length, 0);
  const aantal = opties.aantal ?? delen.length;
  const einde = Buffer.alloc(22);
  einde.writeUInt32LE(0x06054b50, 0);
  einde.writeUInt16LE(opties.schijf ?? 0, 4);
  einde.writeUInt16LE(opties.zip64 ? 0xffff : aantal, 8);
  einde.writeUInt16LE(opties.zip64 ? 0xffff : aantal, 10);
  einde.writeUInt32LE(opties.zip64 ? MAX32 : grootte, 12);
  einde.writeUInt32LE(opties.zip64 ? MAX32 : at, 16);
  if (!opties.zip64) return Buffer.concat([...lokaal, ...centraal, einde]);
  const e64 = Buffer.alloc(56);
  e64.writeUInt32LE(0x06064b50, 0);
  e64.writeBigUInt64LE(44n, 4);
  e64.writeUInt16LE(45, 12);
  e64.writeUInt16LE(45, 14);
  [aantal, aantal, grootte, at].forEach((w, i) => e64.writeBigUInt64LE(BigInt(w), 24 + 8 * i));
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(at + grootte), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...lokaal, ...centraal, e64, locator, einde]);
}

const MIB = 2 ** 20;

/**
 * Deflated data that inflates to `mib` MiB of zero bytes, made in milliseconds: one MiB of
 * zeros deflated with a sync flush (it ends on a byte boundary and refers only to its own
 * bytes) repeated, then an empty final stored block. 1 GiB is about 1 MB.
 */
export function nullenBom(mib: number): Buffer {
  const blok = deflateRawSync(Buffer.alloc(MIB), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: mib }, () => blok), Buffer.from([1, 0, 0, 0xff, 0xff])]);
}

/** The CRC-32 of `n` zero bytes, by squaring the operator "one zero bit more" (as zlib's crc32_combine), not by reading them. */
export function crcVanNullen(n: number): number {
  const maal = (m: Uint32Array, v: number) => {
    let s = 0;
    for (let i = 0; v; i++, v >>>= 1) if (v & 1) s ^= m[i];
    return s >>> 0;
  };
  const kwadraat = (m: Uint32Array) => Uint32Array.from(m, (k) => maal(m, k));
  let op = Uint32Array.from({ length: 32 }, (_, i) => (i === 0 ? 0xedb88320 : 1 << (i - 1)));
  for (let i = 0; i < 3; i++) op = kwadraat(op); // one zero byte
  let reg = 0xffffffff;
  for (let k = n; k > 0; k = Math.floor(k / 2), op = kwadraat(op)) if (k % 2) reg = maal(op, reg);
  return (reg ^ 0xffffffff) >>> 0;
}

#!/usr/bin/env bash
# Regenerates the sandbox's sample media from nothing (run once by a developer; the output is
# committed): src/sandbox/media/sample-video.webm and sample-audio.webm.
#
# Both are DURATION seconds long so every seeded entry (8 s .. 45 min) and every AI clip cut in
# it can point at them. The video is a colour-bar test pattern with a large burned-in HH:MM:SS
# timecode (1 frame per second, keyframe every KEYINT s); the audio is a short beep every
# BEEP_PERIOD s (a higher one on each full minute) and silence in between.
#
# Size budget: the whole media folder must stay <= 1 MB. ffmpeg alone cannot get there (45 min of
# even silent Opus is ~0.5 MB per file), so a small Node remuxer (below) rewrites ffmpeg's WebM:
# the audio between beeps becomes 2-byte "all frames empty" Opus packets laced together, clusters
# start at each video keyframe, and Cues sit up front (reached through a SeekHead) for quick seeks.
#
# Needs: ffmpeg with libvpx-vp9, libopus, drawtext (Debian's does), node >= 20, a DejaVu Sans Mono
# font (apt-get install fonts-dejavu-core).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/src/sandbox/media"
DURATION=2710      # 45:10, a little over the longest seeded entry
SIZE=256x144
KEYINT=30          # seconds (= frames at 1 fps) between keyframes
BEEP_PERIOD=5      # seconds
BEEP_LEN_MS=100
LIMIT=$((1024 * 1024))

for tool in ffmpeg node fc-match; do
  command -v "$tool" >/dev/null || { echo "make-media: $tool not found" >&2; exit 1; }
done
font="$(fc-match -f '%{file}' 'DejaVu Sans Mono:bold')"
[[ -f "$font" && "$font" == *DejaVuSansMono* ]] || {
  echo "make-media: DejaVu Sans Mono not found (apt-get install fonts-dejavu-core)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# Test pattern: bars, a black band across the middle, the timecode in it.
filter='drawbox=x=0:y=36:w=iw:h=72:color=black:t=fill,'
filter+="drawtext=fontfile=@FONT@:text='%{pts\\:gmtime\\:0\\:%H\\\\\\:%M\\\\\\:%S}'"
filter+=':fontsize=44:fontcolor=white:x=(w-tw)/2:y=48'
printf '%s\n' "${filter//@FONT@/$font}" >"$work/video.filter"

# Beep: 880 Hz for BEEP_LEN_MS every BEEP_PERIOD s, 1760 Hz on the minute.
len="$(awk "BEGIN { print $BEEP_LEN_MS / 1000 }")"
beep="aevalsrc=if(lt(mod(t\\,$BEEP_PERIOD)\\,$len)\\,0.25*sin(2*PI*if(lt(mod(t\\,60)\\,$len)\\,1760\\,880)*t)\\,0)"
beep+=":s=48000:c=mono:d=$DURATION"

ff=(ffmpeg -hide_banner -loglevel error -nostdin -y)
opus=(-c:a libopus -b:a 4k -application lowdelay -frame_duration 120 -flags:a +bitexact)
vp9=(-c:v libvpx-vp9 -pix_fmt yuv420p -crf 58 -b:v 0 -g "$KEYINT" -keyint_min "$KEYINT"
     -auto-alt-ref 0 -lag-in-frames 0 -deadline good -cpu-used 2 -row-mt 1 -tile-columns 0
     -flags:v +bitexact)

echo "make-media: encoding audio ($DURATION s)"
"${ff[@]}" -f lavfi -i "$beep" "${opus[@]}" -fflags +bitexact -f webm "$work/audio.webm"
echo "make-media: encoding video ($DURATION s at $SIZE, 1 fps; takes a minute or two)"
"${ff[@]}" -f lavfi -i "smptehdbars=size=$SIZE:rate=1:duration=$DURATION" -f lavfi -i "$beep" \
  -filter_script:v "$work/video.filter" "${vp9[@]}" "${opus[@]}" -fflags +bitexact -f webm "$work/video.webm"

cat >"$work/remux.mjs" <<'REMUX'
// Rewrites a WebM made by ffmpeg into a compact one:
//  - audio packets between beeps become 2-byte "all frames empty" Opus packets, laced
//    together (fixed-size lacing), which is most of the audio size;
//  - clusters start at every video keyframe (or every CLUSTER_MS for audio only);
//  - Cues (one per cluster) sit before the clusters, found through a SeekHead.
// usage: node remux.mjs in.webm out.webm beep-period-ms beep-length-ms
import { readFileSync, writeFileSync } from 'node:fs';

const [, , inPath, outPath, beepPeriodArg, beepLenArg] = process.argv;
const BEEP_PERIOD_MS = Number(beepPeriodArg), BEEP_LEN_MS = Number(beepLenArg);
const MAX_LACES = 64;
const src = readFileSync(inPath);
const CLUSTER_MS = 10_000;

const ID = {
  EBML: 0x1a45dfa3, Segment: 0x18538067, SeekHead: 0x114d9b74, Seek: 0x4dbb, SeekID: 0x53ab,
  SeekPosition: 0x53ac, Info: 0x1549a966, TimecodeScale: 0x2ad7b1, Tracks: 0x1654ae6b,
  TrackEntry: 0xae, TrackNumber: 0xd7, TrackType: 0x83, Cluster: 0x1f43b675, Timecode: 0xe7,
  SimpleBlock: 0xa3, BlockGroup: 0xa0, Block: 0xa1, Cues: 0x1c53bb6b, CuePoint: 0xbb,
  CueTime: 0xb3, CueTrackPositions: 0xb7, CueTrack: 0xf7, CueClusterPosition: 0xf1, DefaultDuration: 0x23e383,
};

// ---- reading ----
function readVint(buf, pos, keepMarker) {
  const first = buf[pos];
  let len = 1;
  while (len <= 8 && !(first & (0x80 >> (len - 1)))) len++;
  if (len > 8) throw new Error(`bad vint at ${pos}`);
  let value = keepMarker ? first : first & (0xff >> len);
  let allOnes = (first & (0xff >> len)) === 0xff >> len;
  for (let i = 1; i < len; i++) {
    value = value * 256 + buf[pos + i];
    if (buf[pos + i] !== 0xff) allOnes = false;
  }
  return { value, len, unknown: allOnes };
}
function* children(buf, start, end) {
  let pos = start;
  while (pos < end) {
    const id = readVint(buf, pos, true);
    const size = readVint(buf, pos + id.len, false);
    const dataStart = pos + id.len + size.len;
    const dataEnd = size.unknown ? end : dataStart + size.value;
    yield { id: id.value, start: pos, dataStart, dataEnd };
    pos = dataEnd;
  }
}
const readUint = (buf, s, e) => { let v = 0; for (let i = s; i < e; i++) v = v * 256 + buf[i]; return v; };

// ---- writing ----
function idBytes(id) {
  const out = [];
  for (let v = id; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return Buffer.from(out);
}
function sizeBytes(n, width) {
  let len = width ?? 1;
  while (!width && n >= 2 ** (7 * len) - 1) len++;
  const out = Buffer.alloc(len);
  let v = n;
  for (let i = len - 1; i >= 0; i--) { out[i] = v & 0xff; v = Math.floor(v / 256); }
  out[0] |= 0x80 >> (len - 1);
  return out;
}
const el = (id, ...parts) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([idBytes(id), sizeBytes(body.length), body]);
};
function uintBytes(n, width) {
  let len = width ?? 1;
  while (!width && n >= 2 ** (8 * len)) len++;
  const out = Buffer.alloc(len);
  let v = n;
  for (let i = len - 1; i >= 0; i--) { out[i] = v & 0xff; v = Math.floor(v / 256); }
  return out;
}
const uel = (id, n, width) => el(id, uintBytes(n, width));

// ---- parse the input ----
const top = [...children(src, 0, src.length)];
const ebmlHeader = src.subarray(top[0].start, top[0].dataEnd);
const seg = top.find((e) => e.id === ID.Segment);
let info, tracks, tracksOf, scaleNs = 1_000_000;
const frames = []; // { track, time, flags, payload, extra }
const trackType = new Map();
for (const e of children(src, seg.dataStart, seg.dataEnd)) {
  if (e.id === ID.Info) {
    info = src.subarray(e.start, e.dataEnd);
    for (const c of children(src, e.dataStart, e.dataEnd))
      if (c.id === ID.TimecodeScale) scaleNs = readUint(src, c.dataStart, c.dataEnd);
  } else if (e.id === ID.Tracks) {
    const entries = [];
    for (const t of children(src, e.dataStart, e.dataEnd)) {
      let num, type, hasDefault = false;
      for (const c of children(src, t.dataStart, t.dataEnd)) {
        if (c.id === ID.TrackNumber) num = readUint(src, c.dataStart, c.dataEnd);
        if (c.id === ID.TrackType) type = readUint(src, c.dataStart, c.dataEnd);
        if (c.id === ID.DefaultDuration) hasDefault = true;
      }
      trackType.set(num, type); // 1 video, 2 audio
      entries.push({ raw: src.subarray(t.dataStart, t.dataEnd), type, hasDefault });
    }
    // laced audio frames take their timestamps from the track's DefaultDuration (set below)
    tracksOf = (audioFrameNs) => el(ID.Tracks, ...entries.map((t) => el(ID.TrackEntry, t.raw,
      ...(t.type === 2 && !t.hasDefault ? [uel(ID.DefaultDuration, audioFrameNs)] : []))));
  } else if (e.id === ID.Cluster) {
    let base = 0;
    for (const c of children(src, e.dataStart, e.dataEnd)) {
      if (c.id === ID.Timecode) base = readUint(src, c.dataStart, c.dataEnd);
      const parseBlock = (s, end, extra) => {
        const tn = readVint(src, s, false);
        if (src[s + tn.len + 2] & 0x06) throw new Error('laced input is not handled');
        frames.push({
          track: tn.value,
          time: base + src.readInt16BE(s + tn.len),
          flags: src[s + tn.len + 2],
          payload: src.subarray(s + tn.len + 3, end),
          extra,
        });
      };
      if (c.id === ID.SimpleBlock) parseBlock(c.dataStart, c.dataEnd, null);
      if (c.id === ID.BlockGroup) {
        const parts = [...children(src, c.dataStart, c.dataEnd)];
        const block = parts.find((p) => p.id === ID.Block);
        const extra = Buffer.concat(parts.filter((p) => p.id !== ID.Block).map((p) => src.subarray(p.start, p.dataEnd)));
        parseBlock(block.dataStart, block.dataEnd, extra);
      }
    }
  }
}
if (scaleNs !== 1_000_000) throw new Error('expected a 1 ms TimecodeScale');
frames.sort((a, b) => a.time - b.time || a.track - b.track);

const audioTrack = [...trackType].find(([, t]) => t === 2)?.[0];
const videoTrack = [...trackType].find(([, t]) => t === 1)?.[0];
// ffmpeg starts the video a few ms late (Opus codec delay rounding); move it back to 0 so that the
// frame showing HH:MM:SS is the one at currentTime = that second. Audio may start slightly below 0.
const shift = videoTrack === undefined ? 0 : frames.find((f) => f.track === videoTrack).time;
for (const f of frames) f.time -= shift;

// ---- shrink the audio between beeps ----
// Every audio packet that lies wholly outside a beep (10 ms margin) becomes an Opus packet whose frames are all empty (RFC 6716 §3.2.5, code 3,
// 2 bytes). A decoder conceals empty frames, and concealment after a silent frame is silence.
let replaced = 0, frameMs = 0;
if (audioTrack !== undefined) {
  const audio = frames.filter((f) => f.track === audioTrack && !f.extra); // the last packet carries DiscardPadding: keep it
  const nearBeep = (f) => {
    const phase = ((f.time % BEEP_PERIOD_MS) + BEEP_PERIOD_MS) % BEEP_PERIOD_MS;
    return phase + frameMs > BEEP_PERIOD_MS - 10 || phase < BEEP_LEN_MS + 10;
  };
  const quiet = audio.find((f) => f.time > BEEP_LEN_MS + 500); // a packet of plain silence
  const toc = quiet.payload[0];
  if ((toc & 3) !== 3) throw new Error('expected code-3 (multi-frame) Opus packets');
  const config = toc >> 3; // RFC 6716 §3.1: frame size by configuration number
  const oneFrameMs = config < 12 ? [10, 20, 40, 60][config % 4] : config < 16 ? [10, 20][config % 2] : [2.5, 5, 10, 20][config % 4];
  frameMs = oneFrameMs * (quiet.payload[1] & 0x3f);
  const empty = Buffer.from([toc, quiet.payload[1] & 0x3f]);
  for (const f of audio) if (!nearBeep(f)) { f.payload = empty; f.empty = true; replaced++; }
}

// ---- lay out clusters ----
const clusters = []; // { time, frames }
for (const f of frames) {
  const cur = clusters.at(-1);
  const startNew = !cur
    || (videoTrack !== undefined ? f.track === videoTrack && f.flags & 0x80 && cur.hasVideo : f.time - cur.time >= CLUSTER_MS)
    || f.time - cur.time > 32_000;
  if (startNew) clusters.push({ time: Math.max(0, f.time), frames: [f], hasVideo: f.track === videoTrack });
  else { cur.frames.push(f); cur.hasVideo ||= f.track === videoTrack; }
}
// runs of empty audio packets go into one SimpleBlock with fixed-size lacing
function blocks(c) {
  const out = [];
  for (const f of c.frames) {
    const last = out.at(-1);
    if (f.empty && last?.laced && last.frames.length < MAX_LACES
        && Math.abs(f.time - last.frames.at(-1).time - frameMs) <= 1) last.frames.push(f);
    else out.push({ laced: !!f.empty, frames: [f] });
  }
  return out.map(({ frames: fs }) => {
    const f = fs[0];
    const head = Buffer.concat([sizeBytes(f.track), Buffer.alloc(3)]);
    head.writeInt16BE(f.time - c.time, head.length - 3);
    if (f.extra) return el(ID.BlockGroup, el(ID.Block, head, f.payload), f.extra);
    if (fs.length === 1) { head[head.length - 1] = f.flags; return el(ID.SimpleBlock, head, f.payload); }
    head[head.length - 1] = f.flags | 0x04; // fixed-size lacing
    return el(ID.SimpleBlock, head, Buffer.from([fs.length - 1]), ...fs.map((x) => x.payload));
  });
}
const clusterBufs = clusters.map((c) => el(ID.Cluster, uel(ID.Timecode, c.time), ...blocks(c)));
tracks = tracksOf(frameMs * 1_000_000);
const cueTrack = videoTrack ?? audioTrack;
const cues = (positions) => el(ID.Cues, ...clusters.map((c, i) => el(ID.CuePoint, uel(ID.CueTime, c.time),
  el(ID.CueTrackPositions, uel(ID.CueTrack, cueTrack), uel(ID.CueClusterPosition, positions[i], 4)))));
const seekHead = (pos) => el(ID.SeekHead, ...[[ID.Info, pos.info], [ID.Tracks, pos.tracks], [ID.Cues, pos.cues]]
  .map(([id, p]) => el(ID.Seek, el(ID.SeekID, idBytes(id)), uel(ID.SeekPosition, p, 4))));
// sizes do not depend on the (fixed-width) positions, so one dry run gives the layout
const shLen = seekHead({ info: 0, tracks: 0, cues: 0 }).length;
const cuesLen = cues(clusters.map(() => 0)).length;
const pos = { info: shLen, tracks: shLen + info.length, cues: shLen + info.length + tracks.length };
let p = pos.cues + cuesLen;
const clusterPos = clusterBufs.map((b) => { const at = p; p += b.length; return at; });
const body = Buffer.concat([seekHead(pos), info, tracks, cues(clusterPos), ...clusterBufs]);
const out = Buffer.concat([ebmlHeader, idBytes(ID.Segment), sizeBytes(body.length, 8), body]);
writeFileSync(outPath, out);
console.log(`${outPath}: ${frames.length} blocks in ${clusters.length} clusters, ${replaced} silent audio packets shrunk, ${src.length} -> ${out.length} bytes`);
REMUX

node "$work/remux.mjs" "$work/audio.webm" "$out/sample-audio.webm" "${BEEP_PERIOD}000" "$BEEP_LEN_MS"
node "$work/remux.mjs" "$work/video.webm" "$out/sample-video.webm" "${BEEP_PERIOD}000" "$BEEP_LEN_MS"

total=0
for f in "$out"/*; do
  size=$(stat -c %s "$f")
  total=$((total + size))
  printf '%10d bytes  %s\n' "$size" "${f#"$root"/}"
done
printf '%10d bytes  total (limit %d)\n' "$total" "$LIMIT"
if ((total > LIMIT)); then echo "make-media: src/sandbox/media is over 1 MB" >&2; exit 1; fi

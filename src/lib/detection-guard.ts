/**
 * The kit never ships detection technology. This guard finds, in a package-lock.json, any
 * installed package that implements media hashing, hash matching or media classification.
 * The repository test runs it over our own lock file; a test with a planted package proves it bites.
 */

/**
 * Packages (exact names or scopes) that hash or classify images and video, or run ML models on them.
 * Not listed: generic image-similarity metrics such as SSIM (`image-ssim`), which Lighthouse uses to
 * compute Speed Index from screenshots of our own pages in `npm run bench`; they neither hash nor classify.
 */
export const DETECTION_PACKAGES: readonly (string | RegExp)[] = [
  'blockhash',
  'blockhash-core',
  'blockhash-js',
  'imghash',
  'image-hash',
  'phash',
  'phash-im',
  'sharp-phash',
  'dhash',
  'dhash-image',
  'image-dhash',
  'perceptual-hash',
  'pdq',
  'pdq-hash',
  'pdqhash',
  'pdq-wasm',
  'photodna',
  'videohash',
  'nsfwjs',
  'jimp', // ships a perceptual hash
  'opencv-js',
  'opencv4nodejs',
  '@u4/opencv4nodejs',
  '@techstark/opencv-js',
  'onnxruntime-node',
  'onnxruntime-web',
  'onnxruntime-common',
  /^@tensorflow(-models)?\//,
  /^@xenova\/transformers$/,
  /^@huggingface\/transformers$/,
  /^@mediapipe\//,
  /^face-api(\.js)?$/,
  /^@vladmandic\/(face-api|human)$/,
];

export interface Finding {
  name: string;
  path: string;
}

function packageName(lockPath: string): string {
  const marker = 'node_modules/';
  return lockPath.slice(lockPath.lastIndexOf(marker) + marker.length);
}

function isDetectionPackage(name: string): boolean {
  return DETECTION_PACKAGES.some((entry) => (typeof entry === 'string' ? entry === name : entry.test(name)));
}

/** Every package in a lock file (v2/v3 `packages` map) that provides detection technology. */
export function findDetectionPackages(lock: unknown): Finding[] {
  const packages = (lock as { packages?: Record<string, unknown> } | null)?.packages ?? {};
  return Object.keys(packages)
    .filter((path) => path.includes('node_modules/'))
    .map((path) => ({ name: packageName(path), path }))
    .filter((finding) => isDetectionPackage(finding.name));
}

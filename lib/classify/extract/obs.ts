/** Signs that a paste came from OBS (object storage): its headers, its HostId element, its server name, its SDKs' names. */
const OBS_SIGN = /x-obs-(?:request-id|id-2|date)|<HostId>|Server:[ \t]*OBS\b|(?<![A-Za-z0-9])obs(?![A-Za-z0-9])/i;

/** True when the paste shows signs of OBS, so a word code in it (AccessDenied) is OBS's. */
export function looksLikeObs(text: string): boolean {
  return OBS_SIGN.test(text);
}

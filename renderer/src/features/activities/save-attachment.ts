// Saves an attachment's bytes where the user chooses, through the platform (a save dialog in the
// desktop program, a download in the browser). The only place the activity screens touch it.
import { getPlatform } from '../../platform';

export async function saveAttachmentToDisk(name: string, data: Uint8Array): Promise<boolean> {
  const ext = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  const filters = ext ? [{ name: `${ext.toUpperCase()} 文件`, extensions: [ext] }] : [];
  const result = await getPlatform().saveFile(name, data, filters);
  return Boolean(result);
}

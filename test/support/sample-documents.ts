import { deflateSync } from 'node:zlib';
import CFB from 'cfb';

/**
 * Small documents of the formats the libraries take, made here byte by byte so tests need no office suite:
 * a PDF with one text line per entry (compressed as real PDFs are), its properties and XMP packet, an OLE compound file (what .doc, .xls,
 * .ppt and .msg are) with the streams given, and an e-mail in MIME.
 */
export type PdfLine = string | { x: number; text: string }[];

export function pdfFile(pages: PdfLine[][], info: Record<string, string> = {}, xmp?: string): Buffer {
  const objects: (string | { dict: string; data: Buffer })[] = [];
  const fontId = 3 + pages.length * 2;
  const infoId = fontId + 1;
  const metadataId = infoId + 1;
  objects.push(`<< /Type /Catalog /Pages 2 0 R${xmp ? ` /Metadata ${metadataId} 0 R` : ''} >>`);
  objects.push(
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`,
  );
  const pdfString = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  pages.forEach((lines, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${4 + i * 2} 0 R /Resources << /Font << /F1 ${fontId} 0 R >> >> >>`,
    );
    // A line is a text from the left margin, or a table row's cells, each a text object at its own x.
    const cells = (line: PdfLine) => (typeof line === 'string' ? [{ x: 60, text: line }] : line);
    const content = lines
      .flatMap((line, j) =>
        cells(line).map((cell) => `BT /F1 11 Tf ${cell.x} ${780 - j * 18} Td (${pdfString(cell.text)}) Tj ET`),
      )
      .join('\n');
    const data = deflateSync(Buffer.from(content, 'latin1'));
    objects.push({ dict: `<< /Length ${data.length} /Filter /FlateDecode >>`, data });
  });
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  objects.push(
    `<< ${Object.entries(info)
      .map(([key, value]) => `/${key} (${pdfString(value)})`)
      .join(' ')} >>`,
  );
  if (xmp) {
    const data = Buffer.from(xmp, 'utf8');
    objects.push({ dict: `<< /Type /Metadata /Subtype /XML /Length ${data.length} >>`, data });
  }
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let position = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(position);
    const parts =
      typeof object === 'string'
        ? [Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`, 'latin1')]
        : [
            Buffer.from(`${i + 1} 0 obj\n${object.dict}\nstream\n`, 'latin1'),
            object.data,
            Buffer.from('\nendstream\nendobj\n'),
          ];
    for (const part of parts) {
      chunks.push(part);
      position += part.length;
    }
  });
  const table = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  chunks.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${table}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoId} 0 R >>\nstartxref\n${position}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(chunks);
}

/** An OLE compound file with these streams (paths from the root, "/" between storages). */
export function compoundFile(streams: Record<string, Uint8Array | string>): Buffer {
  const container = CFB.utils.cfb_new();
  for (const [path, content] of Object.entries(streams))
    CFB.utils.cfb_add(
      container,
      path,
      typeof content === 'string' ? Buffer.from(content, 'utf16le') : Buffer.from(content),
    );
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/** An Outlook message (.msg, [MS-OXMSG]): subject, plain body, and attachments by name. */
export function outlookMessage(message: { subject: string; body: string; attachments?: Record<string, Uint8Array> }) {
  const streams: Record<string, Uint8Array | string> = {
    '__properties_version1.0': new Uint8Array(32),
    '__substg1.0_0037001F': message.subject,
    '__substg1.0_1000001F': message.body,
  };
  Object.entries(message.attachments ?? {}).forEach(([name, bytes], index) => {
    const storage = `__attach_version1.0_#${index.toString(16).toUpperCase().padStart(8, '0')}`;
    streams[`${storage}/__properties_version1.0`] = new Uint8Array(16);
    streams[`${storage}/__substg1.0_3707001F`] = name;
    streams[`${storage}/__substg1.0_37010102`] = bytes;
  });
  return compoundFile(streams);
}

/** An e-mail in MIME: the body base64-encoded, as mail programs send text with å, ä and ö, and attachments. */
export function mimeMessage(message: { subject: string; body: string; attachments?: Record<string, Uint8Array> }) {
  const boundary = 'gräns-0001'.replace('ä', 'a');
  const parts = [
    `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${wrap(Buffer.from(message.body).toString('base64'))}`,
    ...Object.entries(message.attachments ?? {}).map(
      ([name, bytes]) =>
        `Content-Type: application/octet-stream; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${wrap(Buffer.from(bytes).toString('base64'))}`,
    ),
  ];
  return Buffer.from(
    `From: Polisen <kontakt@polisen.example>\r\nTo: Säkerhetschef <sakerhet@kommun.example>\r\nSubject: =?utf-8?B?${Buffer.from(message.subject).toString('base64')}?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n${parts.map((part) => `--${boundary}\r\n${part}\r\n`).join('')}--${boundary}--\r\n`,
  );
}

const wrap = (base64: string) => base64.replace(/.{1,76}/g, '$&\r\n');

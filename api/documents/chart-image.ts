import { ImageRun, Paragraph } from 'docx';
import { renderPng } from './render-png.js';

/** A chart drawn as SVG, as a PNG paragraph in Word at 90 % of its drawn width, with its title as alt text. */
export function chartImage(svg: string, title: string, description = title): Paragraph {
  const image = renderPng(svg, 640);
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: { width: image.width * 0.9, height: image.height * 0.9 },
        altText: { name: title, title, description },
      }),
    ],
  });
}

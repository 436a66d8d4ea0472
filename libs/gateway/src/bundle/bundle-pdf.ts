import PDFDocument from 'pdfkit';
import type { BundleBody, Paragraph } from './bundle-content.js';
import { type BundleAttachments, NO_ATTACHMENTS, attachmentImageParagraph } from './bundle-attachments.js';
import { type BundleLayout, type BundleSectionId, type SectionPages, limitsExceeded, paginate } from './bundle-layout.js';

/**
 * Lays out the tribunal bundle with pdfkit (docs/api.md "Audit", bundle): searchable text only, 12 pt
 * and over, numbered paragraphs, each section from a new page. Two passes: the body is laid out once to
 * count its pages, then the index is written first with the real numbers; "page X of Y", the case
 * reference and the verification code go on every page at the end (bufferPages).
 */

export interface BundleHeader {
  readonly caseRef: string;
  readonly code: string;
  readonly generatedAt: string;
}

const BODY_PT = 12;
const HEADING_PT = 16;
const MARGIN = 56;
/** Room kept at the foot of every page for the two footer lines. */
const FOOTER = 48;

type Doc = InstanceType<typeof PDFDocument>;

const newDoc = (): Doc =>
  new PDFDocument({
    size: 'A4',
    bufferPages: true,
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER },
    info: { Title: 'Tribunal bundle' },
    autoFirstPage: false,
  });

/** The laid-out bundle: a PDF document to pipe, ending when piped and ended, and where each section sits. */
export interface RenderedBundle {
  readonly doc: Doc;
  readonly sections: SectionPages[];
  readonly pages: number;
}

export function renderBundle(
  layout: BundleLayout,
  header: BundleHeader,
  body: BundleBody,
  attachments: BundleAttachments = NO_ATTACHMENTS,
): RenderedBundle {
  const counts = measure(layout, header, body, attachments);
  const sections = paginate(layout, counts);
  const doc = newDoc();
  writeAll(doc, layout, header, body, sections, attachments);
  const pages = doc.bufferedPageRange().count;
  writeFooters(doc, header, pages);
  return { doc, sections, pages };
}

/** First pass: each section's page count, the index's with its final length of rows. */
function measure(
  layout: BundleLayout,
  header: BundleHeader,
  body: BundleBody,
  attachments: BundleAttachments,
): Record<BundleSectionId, number> {
  const doc = newDoc();
  const placeholder = paginate(
    layout,
    Object.fromEntries(layout.sections.map((s) => [s.id, 1])) as Record<BundleSectionId, number>,
  );
  const counts = writeAll(doc, layout, header, body, placeholder, attachments);
  // The index may now name limits the body passes: lay it out once more with the real counts.
  const second = newDoc();
  return writeAll(second, layout, header, body, paginate(layout, counts), attachments);
}

function writeAll(
  doc: Doc,
  layout: BundleLayout,
  header: BundleHeader,
  body: BundleBody,
  placed: readonly SectionPages[],
  attachments: BundleAttachments,
): Record<BundleSectionId, number> {
  const counts = {} as Record<BundleSectionId, number>;
  layout.sections.forEach((section, n) => {
    const before = doc.bufferedPageRange().count;
    doc.addPage();
    doc.outline.addItem(section.title);
    heading(doc, `${n + 1}. ${section.title}`);
    const paragraphs =
      section.id === 'index' ? [...indexParagraphs(layout, header, placed), ...attachments.index] : body[section.id];
    paragraphs.forEach((p, i) => paragraph(doc, `${n + 1}.${i + 1}`, p));
    if (section.id === 'plan') {
      attachments.images.forEach((image, i) => {
        paragraph(doc, `${n + 1}.${paragraphs.length + i + 1}`, attachmentImageParagraph(image.attachment));
        picture(doc, image.bytes);
      });
    }
    counts[section.id] = doc.bufferedPageRange().count - before;
  });
  return counts;
}

function indexParagraphs(layout: BundleLayout, header: BundleHeader, placed: readonly SectionPages[]): Paragraph[] {
  const rows = placed.map((s, i) => ({
    lead: `${i + 1}. ${s.title}`,
    text: `page ${s.firstPage}, ${s.pages} ${s.pages === 1 ? 'page' : 'pages'}.`,
  }));
  const over = limitsExceeded(layout, placed).map((l) => ({
    lead: 'Over the page limit',
    text: `${l.limit.title}: ${l.pages} pages, over the Practice Direction's limit of ${l.limit.pages} pages. Nothing has been left out.`,
  }));
  return [
    { lead: 'Case reference', text: `${header.caseRef}. Generated ${header.generatedAt}.` },
    { lead: 'Layout', text: `${layout.source} (version ${layout.version}).` },
    ...rows,
    ...over,
  ];
}

function heading(doc: Doc, text: string): void {
  doc.font('Helvetica-Bold').fontSize(HEADING_PT).text(text, { paragraphGap: 8 });
}

function paragraph(doc: Doc, number: string, p: Paragraph): void {
  doc
    .font('Helvetica-Bold')
    .fontSize(BODY_PT)
    .text(`${number}  ${p.lead ? `${p.lead}: ` : ''}`, { continued: true });
  doc.font('Helvetica').text(p.text || ' ', { paragraphGap: 6 });
}

/** An image fitted to the page's width and at most half its height, on a new page when it would not fit. */
function picture(doc: Doc, bytes: Buffer): void {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const height = (doc.page.height - doc.page.margins.top - doc.page.margins.bottom) / 2;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.image(bytes, doc.page.margins.left, doc.y, { fit: [width, height] });
  doc.y += height + 6;
}

/** Every page: the case reference and the verification code, then "page X of Y". */
function writeFooters(doc: Doc, header: BundleHeader, pages: number): void {
  for (let i = 0; i < pages; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Written inside the bottom margin: lift it so pdfkit does not start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN - FOOTER + 8;
    doc.font('Helvetica').fontSize(BODY_PT);
    doc.text(`Case ${header.caseRef} · Verification code ${header.code}`, MARGIN, y, { lineBreak: false });
    doc.text(`Page ${i + 1} of ${pages}`, MARGIN, y + 18, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

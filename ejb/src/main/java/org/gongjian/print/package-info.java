/**
 * Printing: PDFs written with Apache PDFBox on A4 paper. {@link org.gongjian.print.PdfLayout} is a
 * small layout writer (cover, headings, wrapped paragraphs, tables, images scaled to the width, a
 * bar drawing, page numbers); {@link org.gongjian.print.DeclarationFormWriter} prints a project's
 * declaration as filed and the blank form, {@link org.gongjian.print.BookletWriter} a year's showcase
 * booklet. Both take plain records (the form also the project's {@code Declaration} value, as the
 * unit filed it); this package reads no database, touches no entity and keeps no state, so it serves
 * every tenant alike and isolation stays with the callers that read the data.
 *
 * <p>Fonts. Chinese must print on a machine without any installed font, so the jar carries two
 * TrueType fonts (glyf outlines, which PDFBox subsets into every PDF) with their licence files in
 * {@code fonts/}: Droid Sans Fallback Full (Apache-2.0) for hanzi, full-width forms and CJK
 * punctuation, and DejaVu Sans (Bitstream Vera licence) for Latin, digits, Latin-1, Greek,
 * Cyrillic and the curly quotes, dashes, ellipsis and maths signs the first one lacks. Together they
 * cover every hanzi of GB2312 and GBK; of those charsets' symbols only 43 are in neither (the
 * parenthesised and full-stop numbers such as ⑴ and ⒈, 〈〉 and ⌒), nor are emoji or rare
 * extension hanzi. Each character is drawn with the first font that has it (the CJK font first
 * from U+2E80 on, DejaVu Sans below). A character neither font has is never dropped nor replaced:
 * the whole PDF is refused with {@code pdf.unprintable}, naming the character, its code and the
 * text around it, so the user can write it another way.
 */
package org.gongjian.print;

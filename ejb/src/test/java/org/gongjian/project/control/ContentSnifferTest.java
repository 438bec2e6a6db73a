package org.gongjian.project.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongjian.project.entity.FileType;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};

    @Test
    void recognisesPicturesAndPdfByTheirFirstBytes() {
        assertEquals(Optional.of(FileType.PNG), ContentSniffer.detect(PNG));
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, (byte) 0xff, (byte) 0xd9};
        assertEquals(Optional.of(FileType.JPEG), ContentSniffer.detect(jpeg));
        byte[] pdf = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Optional.of(FileType.PDF), ContentSniffer.detect(pdf));
    }

    @Test
    void recognisesWordExcelAndPowerPointDocuments() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("项目计划");
            document.write(docx);
        }
        assertEquals(Optional.of(FileType.DOCX), ContentSniffer.detect(docx.toByteArray()));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("台账").createRow(0).createCell(0).setCellValue("目标");
            workbook.write(xlsx);
        }
        assertEquals(Optional.of(FileType.XLSX), ContentSniffer.detect(xlsx.toByteArray()));
        ByteArrayOutputStream pptx = new ByteArrayOutputStream();
        try (XMLSlideShow slides = new XMLSlideShow()) {
            slides.createSlide();
            slides.write(pptx);
        }
        assertEquals(Optional.of(FileType.PPTX), ContentSniffer.detect(pptx.toByteArray()));
    }

    @Test
    void refusesWhatANameCannotMakeSafe() {
        assertEquals(Optional.empty(), ContentSniffer.detect("<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes()));
        assertEquals(Optional.empty(), ContentSniffer.detect(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ContentSniffer.detect("#!/bin/sh\nrm -rf /\n".getBytes()));
        assertEquals(Optional.empty(), ContentSniffer.detect("这是一个文本文件，却起名叫 plan.pdf".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ContentSniffer.detect(new byte[0]));
        assertEquals(Optional.empty(), ContentSniffer.detect(Arrays.copyOf(PNG, 8)));
        assertEquals(Optional.empty(), ContentSniffer.detect("%PDF-1.7 but never finished".getBytes()));
    }

    @Test
    void refusesZipsThatAreNotOfficeDocuments() throws IOException {
        assertEquals(Optional.empty(), ContentSniffer.detect(zip("notes.txt", "hello", null, null)));
        assertEquals(Optional.empty(), ContentSniffer.detect(zip("[Content_Types].xml",
                "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>",
                "word/document.xml", "<w:document/>")));
        assertEquals(Optional.empty(), ContentSniffer.detect(zip("[Content_Types].xml",
                "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "word/other.xml", "<w:document/>")));
        byte[] docx = zip("[Content_Types].xml",
                "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "word/document.xml", "<w:document/>");
        assertEquals(Optional.of(FileType.DOCX), ContentSniffer.detect(docx));
        assertEquals(Optional.empty(), ContentSniffer.detect(Arrays.copyOf(docx, docx.length - 30)));
    }

    private static byte[] zip(String name, String content, String secondName, String secondContent) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            if (secondName != null) {
                zip.putNextEntry(new ZipEntry(secondName));
                zip.write(secondContent.getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}

package com.chainleads.construction.evidence;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * A generated "site photo" for the demo data (Java2D, JPEG): sky, ground, a building at the height of the
 * milestone, a tower crane and a banner with the project's name, the milestone and the date. Deterministic: the
 * same project, milestone and date give the same bytes, so the demo's rows (written by Liquibase with the file's
 * size) and the files (written at application start when missing) agree.
 */
public record DemoSitePhoto(String projectName, String milestone, LocalDate date) {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 853;
    private static final String SUFFIX = "现场.jpg";

    /** The store key of a demo photo, e.g. {@code demo/lead-42-groundbreaking.jpg}. */
    public static String key(long leadId, String kindCode) {
        return "demo/lead-" + leadId + "-" + kindCode.toLowerCase(Locale.ROOT).replace('_', '-') + ".jpg";
    }

    public static String thumbnailKey(String key) {
        return key.substring(0, key.lastIndexOf('.')) + "-thumb.jpg";
    }

    /** The file name shown in the app: {@code <project>-<milestone>现场.jpg}. */
    public String fileName() {
        String name = projectName + "-" + milestone + SUFFIX;
        return name.length() <= 200 ? name : name.substring(0, 200 - SUFFIX.length()) + SUFFIX;
    }

    /** The photo back from its stored file name (the project's name is its first part). */
    public static DemoSitePhoto of(String fileName, String milestone, LocalDate date) {
        String tail = "-" + milestone + SUFFIX;
        String project = fileName.endsWith(tail) ? fileName.substring(0, fileName.length() - tail.length()) : fileName;
        return new DemoSitePhoto(project, milestone, date);
    }

    public byte[] jpeg() {
        return EvidenceFiles.encodeJpeg(image(), 0.85f);
    }

    public byte[] thumbnail() {
        return EvidenceFiles.encodeJpeg(EvidenceFiles.scaled(image(), EvidenceFiles.THUMBNAIL_SIZE), 0.8f);
    }

    private BufferedImage image() {
        Random random = new Random(projectName.hashCode() * 31L + milestone.hashCode());
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int horizon = 560;
        g.setPaint(new GradientPaint(0, 0, new Color(110, 160, 215), 0, horizon, new Color(215, 230, 245)));
        g.fillRect(0, 0, WIDTH, horizon);
        // distant hills
        g.setColor(new Color(140, 165, 150));
        for (int i = 0; i < 5; i++) {
            int x = random.nextInt(WIDTH);
            g.fillOval(x - 300, horizon - 60 - random.nextInt(40), 600, 160);
        }
        g.setPaint(new GradientPaint(0, horizon, new Color(160, 130, 95), 0, HEIGHT, new Color(120, 95, 70)));
        g.fillRect(0, horizon, WIDTH, HEIGHT - horizon);
        // the building: floors by milestone (foundation at 开工, full frame at 封顶, clad at 投产)
        int floors = milestone.contains("开工") ? 1 : milestone.contains("封顶") ? 8 : 6;
        boolean clad = !milestone.contains("开工") && !milestone.contains("封顶");
        int left = 380;
        int width = 560;
        int floorHeight = 48;
        for (int f = 0; f < floors; f++) {
            int y = horizon - (f + 1) * floorHeight;
            g.setColor(clad ? new Color(225, 228, 232) : new Color(175, 175, 170));
            g.fillRect(left, y, width, floorHeight - 6);
            g.setColor(clad ? new Color(90, 130, 170) : new Color(120, 120, 115));
            for (int c = 0; c < 10; c++) {
                int x = left + 12 + c * 55;
                g.fillRect(x, y + 8, clad ? 36 : 8, floorHeight - 22);
            }
        }
        g.setColor(new Color(95, 95, 90));
        g.fillRect(left - 30, horizon - 6, width + 60, 14);
        // tower crane
        if (!clad) {
            g.setColor(new Color(235, 180, 30));
            g.setStroke(new BasicStroke(10));
            int mast = left + width + 90;
            g.drawLine(mast, horizon, mast, 110);
            g.drawLine(mast - 420, 120, mast + 140, 120);
            g.setStroke(new BasicStroke(2));
            g.drawLine(mast - 300, 120, mast - 300, 300);
        }
        // safety fence with banner
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, HEIGHT - 210, WIDTH, 120);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        String title = projectName.length() > 26 ? projectName.substring(0, 26) + "…" : projectName;
        g.drawString(title, 40, HEIGHT - 150);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 32));
        g.drawString("节点：" + milestone + "    " + date, 40, HEIGHT - 105);
        // the camera's date stamp
        g.setColor(new Color(255, 150, 40));
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 30));
        g.drawString(date + " 10:15", WIDTH - 300, HEIGHT - 30);
        g.dispose();
        return image;
    }
}

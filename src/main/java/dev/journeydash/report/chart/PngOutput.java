package dev.journeydash.report.chart;

import org.jfree.chart.JFreeChart;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A chart as PNG bytes: drawn at {@code scale} times its size with antialiasing, written by the
 * JDK's PNG writer in memory with one metadata chunk only, the resolution (pHYs, 96 dpi times the
 * scale, so that slide programs place it at its intended size); no time, no text chunks.
 */
final class PngOutput {
    private static final double CSS_DPI = 96;
    private static final String PNG_FORMAT = "javax_imageio_png_1.0";

    private PngOutput() { }

    static byte[] write(JFreeChart chart, ChartSpec spec, double scale) {
        int w = (int) Math.round(spec.width() * scale);
        int h = (int) Math.round(spec.height() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(w / (double) spec.width(), h / (double) spec.height());
            chart.draw(g, new Rectangle2D.Double(0, 0, spec.width(), spec.height()));
        } finally {
            g.dispose();
        }
        return encode(image, scale);
    }

    private static byte[] encode(BufferedImage image, double scale) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            resolution(metadata, CSS_DPI * scale);
            writer.write(null, new IIOImage(image, null, metadata), null);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static void resolution(IIOMetadata metadata, double dpi) throws IIOInvalidTreeException {
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
        root.appendChild(phys);
        metadata.mergeTree(PNG_FORMAT, root);
    }
}

package dev.journeydash.report.browser;

/**
 * The window a page is laid out in, in CSS pixels; {@code deviceScaleFactor} device pixels per CSS
 * pixel (a screenshot is {@code width * deviceScaleFactor} pixels wide); {@code mobile} turns on
 * mobile emulation (the meta viewport is honoured, touch events, overlay scrollbars).
 */
public record Viewport(String name, int width, int height, double deviceScaleFactor, boolean mobile) {

    /** A laptop window: 1280 x 900, scale 1. */
    public static final Viewport DESKTOP = new Viewport("desktop", 1280, 900, 1, false);
    /** A phone held upright (an iPhone 12-15 class screen): 390 x 844, scale 2, mobile emulation. */
    public static final Viewport PHONE = new Viewport("phone", 390, 844, 2, true);

    public Viewport {
        if (width <= 0 || height <= 0 || deviceScaleFactor <= 0) {
            throw new IllegalArgumentException("viewport " + name + ": " + width + " x " + height
                    + " at scale " + deviceScaleFactor + " is not a window");
        }
    }
}

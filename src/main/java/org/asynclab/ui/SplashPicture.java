package org.asynclab.ui;

import java.awt.SplashScreen;

/**
 * The picture shown the moment AsyncLab is started, before Java has loaded a class (about 0.1 s after the command,
 * against the window's 2 s): the JVM's own splash screen, which {@code ./run.sh} and the packaged app's Linux
 * launcher ask for with {@code -splash:} for a window's start (src/package/start-picture.sh; the picture: {@code
 * src/package/splash}). It stays until it is closed: the window closes it after its first frames. The launchers say
 * that they asked for it ({@value #ASKED}): a start without it (the tests, the benchmarks, a start from an IDE)
 * loads none of AWT's splash code.
 */
public final class SplashPicture {
    /** The system property, {@code true} where the launcher asked the JVM for the picture. */
    public static final String ASKED = "asynclab.splash";

    private SplashPicture() {
    }

    /**
     * Closes the picture, if the launcher asked for one and it shows; waits for it (20–40 ms: AWT's splash
     * classes are loaded then), so call it off the FX thread.
     */
    public static void close() {
        if (!Boolean.getBoolean(ASKED)) {
            return;
        }
        try {
            SplashScreen splash = SplashScreen.getSplashScreen();
            if (splash != null) {
                splash.close();
            }
        } catch (UnsupportedOperationException | IllegalStateException noPicture) {
            // no display (a HeadlessException: the JVM then showed nothing), or closed meanwhile: nothing to close
        }
    }

    /** Closes it on a thread of its own, once; for the FX thread. */
    static void closeInTheBackground() {
        if (Boolean.getBoolean(ASKED)) {
            Thread.ofPlatform().daemon().name("splash-close").start(SplashPicture::close);
        }
    }
}

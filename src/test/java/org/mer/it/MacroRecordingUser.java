package org.mer.it;

import java.awt.Button;
import java.awt.Checkbox;
import java.awt.Choice;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Label;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.TextField;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import ij.IJ;
import ij.ImageJ;
import ij.gui.GenericDialog;
import ij.plugin.frame.Recorder;

/**
 * A person recording a macro, played in a separate ImageJ JVM (started by
 * {@link ImageJRunner#java}; ImageJ's GUI on the Xvfb display): opens Plugins &gt; Macros &gt;
 * Record..., then for each command picks it from the menu (same Executer thread as a menu
 * click), fills the fields of its dialog by their visible labels, clicks OK with the mouse
 * ({@link Robot}) and waits until the recorder has written the command's line and the command's
 * thread has ended (a user cannot start the next command earlier). Finally writes
 * the recorder window's text to a file and quits.
 * <p>
 * Arguments: {@code ij-path recording-file command...}, each command as
 * {@code Title<TAB>key=value<TAB>...} where key is the field's label as the recorder keys it
 * ("Onset frame" is {@code onset_frame}). Uses only ImageJ and AWT classes: the plug-ins load
 * through ImageJ's plugin class loader as for a user. Exit status 0 on success, 2 with the
 * reason otherwise (see {@link #diagnose}).
 */
public final class MacroRecordingUser {
	private static final long TIMEOUT_MS = 60_000;
	private static final int CLICKS = 5;
	private static final Point DIALOG_AT = new Point(40, 160);

	private MacroRecordingUser() {}

	public static void main(String[] args) {
		try {
			ImageJ.main(new String[] { "-ijpath", args[0] });
			waitFor("the ImageJ window", () -> IJ.getInstance() != null && IJ.getInstance().isShowing());
			IJ.doCommand("Record...");
			waitFor("the Recorder window", () -> Recorder.getInstance() != null && Recorder.getInstance().isShowing());
			Robot robot = new Robot();
			robot.setAutoDelay(20);
			for (int i = 2; i < args.length; i++)
				record(robot, args[i]);
			Files.write(Paths.get(args[1]), Recorder.getInstance().getText().getBytes(StandardCharsets.UTF_8));
			System.exit(0);
		}
		catch (Throwable e) {
			e.printStackTrace();
			diagnose(Paths.get(args[1]));
			System.exit(2);
		}
	}

	/**
	 * After a failed step: the Recorder's text so far (in the recording file), the threads that
	 * run ImageJ commands (stderr) and the whole virtual screen ({@code .png} beside it).
	 */
	private static void diagnose(Path recording) {
		try {
			if (Recorder.getInstance() != null) Files.write(recording, Recorder.getInstance().getText().getBytes(StandardCharsets.UTF_8));
			for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
				System.err.println("thread '" + t.getKey().getName() + "' " + t.getKey().getState());
				for (StackTraceElement e : t.getValue())
					System.err.println("\tat " + e);
			}
			Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
			ImageIO.write(new Robot().createScreenCapture(screen), "png", Paths.get(recording + ".png").toFile());
		}
		catch (Exception | Error e) {
			System.err.println("incomplete diagnosis: " + e);
		}
	}

	private static void record(Robot robot, String command) throws Exception {
		String[] parts = command.split("\t");
		String title = parts[0];
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 1; i < parts.length; i++) {
			int eq = parts[i].indexOf('=');
			values.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
		}
		int before = count(Recorder.getInstance().getText(), "run(\"" + title + "\"");
		IJ.doCommand(title);
		GenericDialog[] found = new GenericDialog[1];
		waitFor("the '" + title + "' dialog", () -> (found[0] = showingDialog(title)) != null);
		GenericDialog gd = found[0];
		onEventThread(() -> fill(gd, values));
		clickOk(robot, gd);
		waitFor("the recorder to record '" + title + "'", () -> count(Recorder.getInstance().getText(), "run(\"" + title + "\"") > before);
		waitFor("the '" + title + "' command to end", () -> !commandRunning(title));
	}

	/**
	 * Clicks the dialog's OK button with the mouse until the dialog closes. The dialog is first
	 * moved to a known place: on a display without window manager AWT's idea of a window's
	 * screen position can be stale, so the point is computed from that place and the button's
	 * offset inside the dialog.
	 */
	private static void clickOk(Robot robot, GenericDialog gd) throws Exception {
		Button ok = gd.getButtons()[0];
		for (int attempt = 1; attempt <= CLICKS; attempt++) {
			onEventThread(() -> {
				gd.setLocation(DIALOG_AT);
				gd.toFront();
			});
			robot.waitForIdle();
			Thread.sleep(200L * attempt);
			if (!gd.isShowing()) return;
			Point p = offsetIn(gd, ok);
			p.translate(DIALOG_AT.x + ok.getWidth() / 2, DIALOG_AT.y + ok.getHeight() / 2);
			robot.mouseMove(p.x, p.y);
			robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
			robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
			long end = System.currentTimeMillis() + 2000;
			while (gd.isShowing() && System.currentTimeMillis() < end)
				Thread.sleep(50);
			if (!gd.isShowing()) return;
			System.err.println("click " + attempt + " at " + p + " did not close '" + gd.getTitle() + "'");
		}
		throw new IllegalStateException("'" + gd.getTitle() + "' did not close after " + CLICKS + " clicks on OK");
	}

	/** Top-left of {@code c} relative to the window's top-left. */
	private static Point offsetIn(Window window, Component c) {
		Point p = new Point();
		for (Component x = c; x != null && x != window; x = x.getParent())
			p.translate(x.getX(), x.getY());
		return p;
	}

	/**
	 * Whether ImageJ's command thread (named after the command) is still alive: the Recorder
	 * writes the line before it clears the command it records, so the next command must wait.
	 */
	private static boolean commandRunning(String title) {
		for (Thread t : Thread.getAllStackTraces().keySet())
			if (t.isAlive() && t.getName().endsWith(title)) return true;
		return false;
	}

	private static GenericDialog showingDialog(String title) {
		for (Window w : Window.getWindows())
			if (w instanceof GenericDialog && w.isShowing() && title.equals(((GenericDialog) w).getTitle())) return (GenericDialog) w;
		return null;
	}

	/** Sets each field whose visible label keys to one of {@code values}; fails on a key with no field. */
	private static void fill(GenericDialog gd, Map<String, String> values) {
		List<String> used = new ArrayList<>();
		String[] label = { null };
		walk(gd, label, values, used);
		for (String key : values.keySet())
			if (!used.contains(key)) throw new IllegalStateException("no field '" + key + "' in dialog " + gd.getTitle());
	}

	private static void walk(Container c, String[] label, Map<String, String> values, List<String> used) {
		for (Component child : c.getComponents()) {
			if (child instanceof Label) label[0] = ((Label) child).getText();
			else if (child instanceof Checkbox) {
				String key = key(((Checkbox) child).getLabel());
				if (values.containsKey(key)) {
					((Checkbox) child).setState(Boolean.parseBoolean(values.get(key)));
					used.add(key);
				}
			}
			else if (child instanceof TextField || child instanceof Choice) {
				String key = label[0] == null ? null : key(label[0]);
				if (key != null && values.containsKey(key)) {
					if (child instanceof TextField) ((TextField) child).setText(values.get(key));
					else select((Choice) child, values.get(key), key);
					used.add(key);
				}
			}
			else if (child instanceof Container) walk((Container) child, label, values, used);
		}
	}

	private static void select(Choice choice, String item, String key) {
		for (int i = 0; i < choice.getItemCount(); i++)
			if (choice.getItem(i).equals(item)) {
				choice.select(i);
				return;
			}
		throw new IllegalStateException("'" + item + "' is not offered by " + key);
	}

	/** "Onset frame" -&gt; onset_frame: the key ImageJ's recorder writes for a label. */
	private static String key(String visibleLabel) {
		String s = visibleLabel.trim();
		if (s.endsWith(":")) s = s.substring(0, s.length() - 1);
		return s.replace(' ', '_').toLowerCase(Locale.US);
	}

	private static int count(String text, String needle) {
		int n = 0;
		for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
			n++;
		return n;
	}

	private static void onEventThread(Runnable r) throws InterruptedException, InvocationTargetException {
		EventQueue.invokeAndWait(r);
	}

	private interface Condition {
		boolean holds();
	}

	private static void waitFor(String what, Condition c) throws InterruptedException {
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!c.holds()) {
			if (System.currentTimeMillis() > end) throw new IllegalStateException("timed out waiting for " + what);
			Thread.sleep(50);
		}
	}
}

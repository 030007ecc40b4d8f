/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.launch;

import java.io.PrintStream;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;

/** The Console view's "PlatSim Runs" console, where each run prints its summary or why it failed. */
public final class RunConsole {

    public static final String NAME = "PlatSim Runs";

    private RunConsole() {
    }

    public static MessageConsole get() {
        IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
        for (IConsole console : manager.getConsoles()) {
            if (NAME.equals(console.getName()) && console instanceof MessageConsole message) {
                return message;
            }
        }
        MessageConsole console = new MessageConsole(NAME, null, null, java.nio.charset.StandardCharsets.UTF_8.name(),
            true);
        manager.addConsoles(new IConsole[] {console});
        return console;
    }

    /** A stream into the console; close it when done. */
    public static PrintStream stream() {
        MessageConsole console = get();
        ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console);
        return new PrintStream(console.newMessageStream(), true, java.nio.charset.StandardCharsets.UTF_8);
    }
}

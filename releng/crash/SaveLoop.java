/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import java.nio.file.Path;

import io.platsim.model.Platform;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;

/**
 * Saves a model again and again through PlatSim's save path, for the save crash test (./platsim crash-test): each
 * save writes "save N" into the model's description and prints N once it has returned. It starts by loading the
 * file and printing "loaded N" (or "broken: ..." and exit 3), so the next run checks what the last one left.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int saves = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        LoadResult loaded = ModelFiles.load(file);
        if (!loaded.ok()) {
            System.out.println("broken: " + loaded.errors());
            System.exit(3);
        }
        Platform platform = loaded.platform();
        String description = platform.getDescription() == null ? "" : platform.getDescription();
        int version = description.startsWith("save ") ? Integer.parseInt(description.substring(5)) : 0;
        System.out.println("loaded " + version);
        System.out.flush();
        for (int i = 0; i < saves; i++) {
            version++;
            platform.setDescription("save " + version);
            ModelFiles.save(platform, file);
            System.out.println(version);
            System.out.flush();
        }
    }
}

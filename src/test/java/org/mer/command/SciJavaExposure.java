package org.mer.command;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mer.app.Exposed;
import org.mer.app.UseCase;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.plugin.Plugin;

/** What the SciJava commands expose per use case, read from initialised modules: input, default value, choices. */
public final class SciJavaExposure {
	private SciJavaExposure() {}

	/** The plugin's commands. */
	public static final List<Class<? extends MerCommand>> COMMANDS = Arrays.asList(AboutCommand.class, CreateMestiCommand.class,
		CreateModalityCommand.class, ClassifyCommand.class, ShowAttentionCommand.class, TrainCommand.class, EvaluateCommand.class,
		CompareCommand.class, SettingStudyCommand.class, SyntheticDatasetCommand.class, ExportCommand.class, SpotCommand.class, SpotEvaluationCommand.class);

	public static Map<UseCase, Map<String, Exposed>> read(Context context) throws Exception {
		Map<UseCase, Map<String, Exposed>> all = new LinkedHashMap<>();
		for (Class<? extends MerCommand> c : COMMANDS) {
			CommandInfo info = context.service(CommandService.class).getCommand(c);
			Module module = context.service(ModuleService.class).createModule(info);
			module.initialize();
			UseCase uc = ((MerCommand) module.getDelegateObject()).useCase();
			String title = c.getAnnotation(Plugin.class).menuPath();
			if (!title.endsWith(">" + uc.title())) throw new AssertionError(c.getSimpleName() + " is under " + title + ", its use case is " + uc.title());
			Map<String, Exposed> exposed = new LinkedHashMap<>();
			for (ModuleItem<?> item : module.getInfo().inputs()) {
				if (item.getType().getName().startsWith("org.scijava") || item.getType() == ij.ImagePlus.class) continue;
				exposed.put(item.getName(), new Exposed(item.getName(), module.getInput(item.getName()), item.getChoices()));
			}
			all.put(uc, exposed);
		}
		return all;
	}
}

import { Argument, type Command } from 'commander';
import { act, example } from './context.js';

const flags = (c: Command) => [...c.options.map((o) => o.long ?? o.short ?? ''), '--help'].filter(Boolean);

/** Every command path ("objects import") with its subcommands and options, from the program itself. */
function walk(c: Command, path: string[] = [], out: { path: string[]; subs: string[]; opts: string[] }[] = []) {
  out.push({ path, subs: c.commands.map((s) => s.name()), opts: flags(c) });
  for (const s of c.commands) walk(s, [...path, s.name()], out);
  return out;
}

export function bashScript(program: Command): string {
  const globals = flags(program).filter((f) => f !== '--help');
  const cases = walk(program).map(
    ({ path, subs, opts }) => `    "${path.join(' ')}") words="${[...subs, ...opts, ...(path.length ? globals : [])].join(' ')}" ;;`,
  );
  return `# archgate bash completion: eval "$(archgate completion bash)", or save it under /etc/bash_completion.d/
_archgate() {
  local cur path="" w words i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    [[ "$w" == -* ]] && continue
    case "\${path:+$path }$w" in
${walk(program)
  .filter((x) => x.path.length)
  .map(({ path }) => `      "${path.join(' ')}") path="${path.join(' ')}" ;;`)
  .join('\n')}
    esac
  done
  case "$path" in
${cases.join('\n')}
  esac
  COMPREPLY=( $(compgen -W "$words" -- "$cur") )
}
complete -o default -F _archgate archgate
`;
}

export function zshScript(program: Command): string {
  return `#compdef archgate
# archgate zsh completion: eval "$(archgate completion zsh)", or save it as _archgate in a folder of $fpath
autoload -U +X bashcompinit && bashcompinit
${bashScript(program)}`;
}

export function registerCompletion(program: Command) {
  program
    .command('completion')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh']))
    .description('print a shell completion script')
    .addHelpText('after', example('eval "$(archgate completion bash)"', 'archgate completion zsh > ~/.zfunc/_archgate'))
    .action(
      act(async (ctx, shell: 'bash' | 'zsh') => {
        let root: Command = program;
        while (root.parent) root = root.parent;
        ctx.out.line((shell === 'bash' ? bashScript(root) : zshScript(root)).trimEnd());
      }),
    );
}

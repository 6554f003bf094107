from autograd_tui.cli import main

raise SystemExit(main())

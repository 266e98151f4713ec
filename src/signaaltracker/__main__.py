from signaaltracker.cli.main import main

raise SystemExit(main())

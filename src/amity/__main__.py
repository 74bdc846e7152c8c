from amity.cli import main

main()

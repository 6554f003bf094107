"""``torch.backends.cudnn``: settable flags, no effect on the CPU."""
enabled = True
benchmark = False
deterministic = False


def is_available() -> bool:
    return False

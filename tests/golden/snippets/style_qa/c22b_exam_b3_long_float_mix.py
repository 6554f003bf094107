import torch

# Exam B3-17. For each in-place update say whether it is allowed and what the result dtype is.
counts = torch.tensor([4, 5, 6])
cases = [
    ("counts.add_(0.5)", lambda: counts.add_(0.5)),
    ("counts.mul_(3)", lambda: counts.mul_(3)),
    ("counts.div_(2)", lambda: counts.div_(2)),
    ("counts.floor_divide_(2)", lambda: counts.floor_divide_(2)),
    ("weights.sub_(counts)", lambda: torch.ones(3).sub_(counts)),
    ("flags.mul_(2)", lambda: torch.tensor([True, False]).mul_(2)),
]
for label, fn in cases:
    try:
        r = fn()
        print(label, "->", r.tolist(), r.dtype)
    except RuntimeError as err:
        print(label, "->", err)

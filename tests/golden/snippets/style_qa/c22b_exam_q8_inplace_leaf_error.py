import torch

# Q8. Exactly one of these updates is allowed. Which, and what do the others say?
bias = torch.zeros(2, requires_grad=True)
attempts = {
    "bias.add_(1)": lambda: bias.add_(1),
    "bias[0] = 5": lambda: bias.__setitem__(0, 5.0),
    "bias.data.add_(1)": lambda: bias.data.add_(1),
}
for label, fn in attempts.items():
    try:
        fn()
        print(label, "ok ->", bias)
    except RuntimeError as err:
        print(label, "RuntimeError:", err)

import torch

# Exam B2-12. Count the elements and give the last one.
calls = {
    "arange(1, 2, 0.25)": torch.arange(1, 2, 0.25),
    "arange(3)": torch.arange(3),
    "arange(2.0, -1.0, -0.5)": torch.arange(2.0, -1.0, -0.5),
    "linspace(-1, 1, 4)": torch.linspace(-1, 1, 4),
    "logspace(1, 3, 3, base=2)": torch.logspace(1, 3, 3, base=2),
}
for label, t in calls.items():
    print(f"{label:26s} n={t.numel()} last={t[-1].item()} {t.dtype}")
try:
    torch.arange(1, 5, -1)
except RuntimeError as err:
    print(err)

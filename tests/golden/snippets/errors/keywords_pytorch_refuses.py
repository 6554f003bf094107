import torch

x = torch.tensor([-1.0, 2.0])
attempts = [
    ("torch.relu(x, inplace=True)", lambda: torch.relu(x, inplace=True)),
    ("torch.relu(x, True)", lambda: torch.relu(x, True)),
    ("torch.sigmoid(x, inplace=True)", lambda: torch.sigmoid(x, inplace=True)),
    ("torch.zeros(2, pin_memory=True)", lambda: torch.zeros(2, pin_memory=True)),
    ("torch.tensor([1.0], pin_memory=True)", lambda: torch.tensor([1.0], pin_memory=True)),
    ("torch.full((2,), 1.0, pin_memory=True)", lambda: torch.full((2,), 1.0, pin_memory=True)),
    ("torch.arange(3, pin_memory=True)", lambda: torch.arange(3, pin_memory=True)),
    ("torch.ones_like(x, pin_memory=True)", lambda: torch.ones_like(x, pin_memory=True)),
    ("x.pin_memory()", lambda: x.pin_memory()),
]
for text, attempt in attempts:
    try:
        print(text, "->", attempt())
    except (RuntimeError, TypeError) as e:
        print(text, "->", type(e).__name__, e)
print(x)  # unchanged
print(torch.full((2,), 1.0, pin_memory=False), torch.arange(3, pin_memory=False), x.is_pinned())
print(torch.nn.functional.relu(x.clone(), inplace=True), torch.nn.functional.relu(x))

# NumPy habits (axis=, keepdims=) next to a misspelt keyword: which one does torch complain about?
import torch

x = torch.arange(6.0).reshape(2, 3)
print(x.sum(axis=1, keepdims=True))  # NumPy's names alone are fine
print(torch.sum(a=x, axis=0))

attempts = {
    "cat with axis and a typo": lambda: torch.cat([x, x], axis=0, foo=1),
    "typo first": lambda: torch.cat([x, x], foo=1, axis=0),
    "dim given twice": lambda: torch.cat([x, x], 0, axis=0),
    "sum dim and axis": lambda: x.sum(0, axis=1),
    "mean keepdims typo": lambda: x.mean(keepdims=True, axis=0, kepdim=1),
    "softmax": lambda: torch.softmax(x, axis=0, dtyp=torch.float64),
    "max": lambda: x.max(axis=0, keep=True),
    "squeeze": lambda: torch.squeeze(x, axis=0, foo=1),
}
for name, attempt in attempts.items():
    try:
        attempt()
    except TypeError as e:
        print(f"{name}: {e}")

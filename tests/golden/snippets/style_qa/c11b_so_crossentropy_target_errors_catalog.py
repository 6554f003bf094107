# Q: CrossEntropyLoss target errors: float class indices, one-hot long, wrong batch size, out of range, 2D target.
import torch
from torch import nn

torch.manual_seed(0)
ce = nn.CrossEntropyLoss()
logits = torch.randn(3, 4)
tries = {
    "float indices": torch.tensor([1.0, 0.0, 3.0]),
    "int32 indices": torch.tensor([1, 0, 3], dtype=torch.int32),
    "one-hot long": torch.nn.functional.one_hot(torch.tensor([1, 0, 3]), 4),
    "batch mismatch": torch.tensor([1, 0]),
    "out of range": torch.tensor([1, 0, 4]),
    "column target": torch.tensor([[1], [0], [3]]),
    "ok": torch.tensor([1, 0, 3]),
    "probabilities": torch.softmax(torch.randn(3, 4), 1),
}
for name, target in tries.items():
    try:
        print(f"{name}: {ce(logits, target).item():.4f}")
    except (RuntimeError, IndexError, ValueError) as e:
        print(f"{name}: {type(e).__name__}: {e}")
try:
    ce(torch.randn(4), torch.tensor(2))
    print("1-D input ok", ce(torch.randn(4), torch.tensor(2)).shape)
except RuntimeError as e:
    print(e)

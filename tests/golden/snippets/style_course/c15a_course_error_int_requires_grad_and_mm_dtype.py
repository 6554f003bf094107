# Course pitfalls: integer tensors cannot require grad; mixing float64 and float32 in a matmul
import torch

idx = torch.arange(4)
for attempt in (lambda: idx.requires_grad_(), lambda: torch.tensor([1, 2, 3], requires_grad=True)):
    try:
        attempt()
    except RuntimeError as err:
        print(f"{type(err).__name__}: {err}")
a = torch.ones(2, 3, dtype=torch.float64)
b = torch.ones(3, 2)
print((a * 2).dtype, (a + b.T).dtype)
try:
    a @ b
except RuntimeError as e:
    print("RuntimeError:", e)
torch.mm(b, a)

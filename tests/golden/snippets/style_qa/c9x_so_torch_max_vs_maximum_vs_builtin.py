# Q: torch.max(a, b) vs torch.max(a, dim) vs Python's max on tensors; and max of an empty tensor.
import torch

a = torch.tensor([1.0, 5.0, 3.0])
b = torch.tensor([4.0, 2.0, 6.0])
print(torch.max(a, b), torch.maximum(a, b))
print(torch.max(a), torch.max(a, 0))
print(max(a), type(max(a)).__name__, max(a.tolist()))
try:
    torch.max(a, 1.5)
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
print(torch.clamp(a, min=2.5), torch.fmax(a, torch.tensor([float("nan"), 1.0, 9.0])))
print(torch.maximum(a, torch.tensor([float("nan"), 1.0, 9.0])))
try:
    torch.tensor([]).max()
except RuntimeError as e:
    print("RuntimeError:", e)
m = torch.tensor([[1, 9], [7, 3]])
print(m.max(dim=1).values, m.max(dim=0)[1], m.amax(), m.max(dim=1, keepdim=True))

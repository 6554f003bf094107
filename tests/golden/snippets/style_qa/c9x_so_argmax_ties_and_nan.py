# Q: which index does argmax return for ties, and what about NaN? And max vs argmax consistency.
import torch

t = torch.tensor([1.0, 3.0, 3.0, 2.0])
print(t.argmax(), t.max(dim=0), torch.max(t, 0).indices)
print(t.argmin(), torch.tensor([2, 1, 1]).argmin())
m = torch.tensor([[1.0, 5.0, 5.0], [7.0, 7.0, 0.0]])
print(m.argmax(dim=1), m.argmax(), m.max(dim=1).indices)
n = torch.tensor([1.0, float("nan"), 3.0])
print(n.argmax(), n.max(), n.argmin(), n.min())
print(torch.tensor([float("nan"), float("nan")]).argmax())
print(torch.tensor([[0.2, 0.8], [0.5, 0.5]]).argmax(dim=-1, keepdim=True))
print(torch.tensor([True, False, True]).int().argmax())
try:
    torch.tensor([]).argmax()
except (RuntimeError, IndexError) as e:
    print(type(e).__name__, e)
print(torch.zeros(3, 0).argmax(dim=0) if False else torch.zeros(0, 3).shape)

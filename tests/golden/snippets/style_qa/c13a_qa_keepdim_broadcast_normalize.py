# Q: normalising rows with x / x.sum(1) gives wrong numbers or an error: keepdim=True keeps the shape broadcastable.
import torch

x = torch.tensor([[1.0, 3.0], [2.0, 2.0], [0.5, 1.5]])
try:
    print(x / x.sum(1))
except RuntimeError as e:
    print(e)
print(x / x.sum(1, keepdim=True))
print(x / x.sum(1).unsqueeze(1))
sq = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(sq / sq.sum(1))
print(sq / sq.sum(1, keepdim=True))
print(x.mean(0, keepdim=True).shape, x.max(dim=1, keepdim=True).values.shape)
z = (x - x.mean(dim=0)) / x.std(dim=0)
print(z.mean(0), z.std(0))
print(torch.nn.functional.normalize(x, p=1, dim=1))

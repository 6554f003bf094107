# Q: argmax of a 2D tensor without dim gives a flat index; keepdim shapes; unravel_index and ties.
import torch

x = torch.tensor([[1.0, 5.0, 2.0], [7.0, 0.0, 7.0]])
print(x.argmax(), x.argmax().shape)
print(x.argmax(dim=1), x.argmax(dim=1, keepdim=True))
print(x.argmax(0, keepdim=True).shape)
idx = x.argmax()
print(torch.unravel_index(idx, x.shape))
print(divmod(idx.item(), x.shape[1]))
print(x.max(dim=1, keepdim=True))
print(torch.tensor([3, 3, 1]).argmax(), torch.tensor([0.0, 2.0, 2.0]).argmin())
print(x.argmin(1), torch.argmax(x, dim=-1))
try:
    x.argmax(dim=2)
except IndexError as e:
    print(e)
vals, inds = x.topk(2, dim=1)
print(vals, inds)
print(x.argsort(dim=1, descending=True))
try:
    print(torch.tensor([]).view(0, 3).argmax(1))
except IndexError as e:
    print(type(e).__name__, e)
try:
    torch.tensor([]).argmax()
except (RuntimeError, IndexError) as e:
    print(type(e).__name__, e)

# Q: torch.max over two dims: max(dim=(0, 1)) fails, amax/amin take tuples, and max of two tensors is elementwise.
import torch

x = torch.tensor([[[1.0, 9.0], [3.0, 4.0]], [[5.0, 2.0], [8.0, 0.0]]])
try:
    torch.max(x, dim=(0, 1))
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
print(x.amax(dim=(0, 1)), x.amin(dim=(1, 2), keepdim=True).shape)
print(x.flatten(0, 1).max(0))
print(torch.max(x[0], x[1]))
print(torch.maximum(x[0], torch.tensor(3.5)))
try:
    torch.max(x[0], 3.5)
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
print(x.max(), x.max(-1).values, x.max(-1)[1])
print(x.view(2, -1).max(1))
print(torch.aminmax(x))
print(torch.max(torch.tensor([1, 5, 3]), dim=0))
print(x.sum(dim=(0, 2)), x.mean((0, 1)))

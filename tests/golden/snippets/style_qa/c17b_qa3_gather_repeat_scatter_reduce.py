# Q: gradient of gather with repeated indices, and scatter_reduce's gradient
import torch

src = torch.tensor([10.0, 20.0, 30.0], requires_grad=True)
picked = src.gather(0, torch.tensor([0, 0, 2, 0]))
picked.sum().backward()
print(picked, src.grad)
vals = torch.tensor([1.0, 5.0, 3.0, 2.0], requires_grad=True)
idx = torch.tensor([0, 1, 0, 1])
red = torch.zeros(2).scatter_reduce(0, idx, vals, reduce='amax', include_self=False)
red.sum().backward()
print(red, vals.grad)

# Issue: "scatter_ into a tensor then backward": gradients of scatter and scatter_add.
import torch

src = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
idx = torch.tensor([2, 0, 2])
out = torch.zeros(4).scatter_add(0, idx, src)
print(out)
(out * torch.tensor([1.0, 10.0, 100.0, 1000.0])).sum().backward()
print(src.grad)
src.grad = None
out2 = torch.zeros(4).scatter(0, idx[:2], src[:2])
out2.sum().backward()
print(out2, src.grad)

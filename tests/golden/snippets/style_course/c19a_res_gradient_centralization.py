# gradient centralization: subtract the mean over fan-in dims before the step
import torch
torch.manual_seed(72)
conv = torch.nn.Conv2d(2, 3, 3)
conv(torch.randn(1, 2, 5, 5)).square().mean().backward()
g = conv.weight.grad
gc = g - g.mean(dim=(1, 2, 3), keepdim=True)
print(g.mean(dim=(1, 2, 3)))
print(gc.mean(dim=(1, 2, 3)).abs().max().item() < 1e-7)
conv.weight.grad.copy_(gc)
torch.optim.SGD(conv.parameters(), lr=0.1).step()
print(conv.bias.data)

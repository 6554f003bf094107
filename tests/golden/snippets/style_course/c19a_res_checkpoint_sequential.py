# checkpoint_sequential splits a deep Sequential into segments
import torch
from torch.utils.checkpoint import checkpoint_sequential
torch.manual_seed(75)
layers = torch.nn.Sequential(*[torch.nn.Linear(3, 3) for _ in range(4)])
x = torch.randn(5, 3, requires_grad=True)
out = checkpoint_sequential(layers, 2, x, use_reentrant=False)
out.pow(2).mean().backward()
print(out[0])
print(layers[0].weight.grad.sum().item())
print(x.grad[0])

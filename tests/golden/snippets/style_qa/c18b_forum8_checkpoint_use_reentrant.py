# Q: torch.utils.checkpoint warns about use_reentrant
import torch
from torch.utils.checkpoint import checkpoint

layer = torch.nn.Linear(3, 3)
x = torch.ones(2, 3, requires_grad=True)
out = checkpoint(layer, x, use_reentrant=False)
out.sum().backward()
print(x.grad)
out2 = checkpoint(lambda t: torch.relu(layer(t)), x, use_reentrant=False)
print(out2.shape, out2.requires_grad)

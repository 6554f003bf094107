# Output (N, 1) against a target (N,): MSELoss warns and broadcasts to (N, N)
import torch
from torch import nn

torch.manual_seed(0)
out = torch.randn(4, 1, requires_grad=True)
target = torch.randn(4)
loss = nn.MSELoss()(out, target)
print(loss)
right = nn.MSELoss()(out.squeeze(1), target)
print(right, loss.item() == right.item())
loss.backward()
print(out.grad.view(-1))

import torch
from torch import nn

# A tiny learned optimizer: an LSTMCell maps each gradient coordinate to an update
torch.manual_seed(12)
cell = nn.LSTMCell(1, 4)
head = nn.Linear(4, 1)
theta = torch.tensor([2.0, -3.0, 1.0], requires_grad=True)
h = torch.zeros(3, 4)
c = torch.zeros(3, 4)
meta_loss = 0
for t in range(3):
    f = (theta ** 2).sum()
    g, = torch.autograd.grad(f, theta, create_graph=True)
    h, c = cell(g.unsqueeze(1), (h, c))
    theta = theta + head(h).squeeze(1)
    meta_loss = meta_loss + (theta ** 2).sum()
meta_loss.backward()
print(h.shape, c.shape, theta.shape, theta.grad_fn.name())
print(cell.weight_ih.grad.shape, head.weight.grad.shape)
print(sum(p.grad.abs().sum() > 0 for p in cell.parameters()).item())

import torch
from torch import nn

torch.manual_seed(71)
critic = nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Flatten(), nn.Linear(8, 1))
imgs = torch.randn(3, 1, 4, 4, requires_grad=True)
score = critic(imgs)
g, = torch.autograd.grad(score.sum(), imgs, create_graph=True)
gp = ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()
gp.backward()
print(g.shape, g.grad_fn.name())
print(critic[0].weight.grad.shape, critic[3].weight.grad.shape)

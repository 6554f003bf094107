# per-sample gradient norms in WGAN-GP: flatten image gradients before the norm
import torch

torch.manual_seed(161)
x = torch.randn(3, 1, 2, 2, requires_grad=True)
w = torch.randn(1, 1, 2, 2)
score = (x * w).sum(dim=(1, 2, 3))
g, = torch.autograd.grad(score.sum(), x, create_graph=True)
norms = g.view(g.size(0), -1).norm(2, dim=1)
print(norms.shape, torch.allclose(norms, w.norm().expand(3)))
gp = ((norms - 1) ** 2).mean()
print(gp.requires_grad)

# Cap each row's L2 norm at 1, as a max-norm constraint on a weight matrix.
import torch

torch.manual_seed(0)
W = (torch.randn(4, 3) * 2).requires_grad_()
capped = torch.renorm(W, p=2, dim=0, maxnorm=1.0)
print(capped)
print(capped.grad_fn, capped.grad_fn._saved_p, capped.grad_fn._saved_dim, capped.grad_fn._saved_maxnorm)
print(capped.norm(dim=1))
loss = (capped * torch.arange(12.0).view(4, 3)).sum()
loss.backward()
print(W.grad)
cols = W.detach().renorm(1, 1, 2.5)
print(cols, cols.abs().sum(0))
with torch.no_grad():
    W.renorm_(2, 0, 0.5)
print(W.norm(dim=1))
out = torch.empty(4, 3)
torch.renorm(W.detach(), 2, -2, 0.25, out=out)
print(out.norm(dim=1))

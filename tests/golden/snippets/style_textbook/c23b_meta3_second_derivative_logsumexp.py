import torch

# logsumexp's Hessian is diag(p) - p p^T (p = softmax); check it row by row
scores = torch.tensor([1.0, 2.0, 0.5], requires_grad=True)
lse = torch.logsumexp(scores, dim=0)
p, = torch.autograd.grad(lse, scores, create_graph=True)
print(p.round(decimals=4), p.grad_fn.name())
rows = [torch.autograd.grad(p[k], scores, retain_graph=True)[0] for k in range(3)]
hess = torch.stack(rows)
soft = torch.softmax(scores.detach(), 0)
print(torch.allclose(hess, torch.diag(soft) - soft[:, None] * soft[None, :], atol=1e-6))
print(hess.sum(1).abs().max() < 1e-6)

# Gradient clipping by hand as in the RNN chapter, versus clip_grad_norm_
import torch

def grad_clipping(params, theta):
    norm = torch.sqrt(sum(torch.sum(p.grad ** 2) for p in params))
    if norm > theta:
        for p in params:
            p.grad[:] *= theta / norm
    return norm

torch.manual_seed(5)
params = [torch.randn(3, 3, requires_grad=True), torch.randn(3, requires_grad=True)]
loss = (params[0] @ params[1]).pow(3).sum()
loss.backward()
before = grad_clipping(params, 1.0)
print(f"norm before {before.item():.4f}")
after = torch.sqrt(sum((p.grad ** 2).sum() for p in params))
print(f"after {after.item():.6f}")
print(torch.nn.utils.clip_grad_norm_(params, 1.0))

import torch

# Clip the inner-loop gradient by norm, differentiably, before the fast-weight step
w = torch.tensor([3.0, 4.0], requires_grad=True)
inner = (w ** 2).sum() * 2
g, = torch.autograd.grad(inner, w, create_graph=True)
norm = g.norm()
clipped = g * torch.clamp(1.0 / norm, max=1.0)
print(norm.item(), clipped.detach(), clipped.norm().item())
fast = w - 0.5 * clipped
outer = fast.pow(2).sum()
outer.backward()
print(w.grad)

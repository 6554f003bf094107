import torch

# Exam B2-14. Piecewise f(u) = log(u) for u > 1, else u - 1. Which gradient entries are finite?
u = torch.tensor([-2.0, 0.0, 3.0], requires_grad=True)
piece = torch.where(u > 1, torch.log(u), u - 1)
piece.sum().backward()
print("naive  :", piece.detach(), u.grad)
u.grad = None
guarded = torch.where(u > 1, u, torch.full_like(u, 2.0))
piece2 = torch.where(u > 1, torch.log(guarded), u - 1)
piece2.sum().backward()
print("guarded:", piece2.detach(), u.grad)

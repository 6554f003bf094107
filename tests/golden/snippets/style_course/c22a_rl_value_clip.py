import torch

v_old = torch.tensor([0.5, 1.0, -0.2])
v_new = torch.tensor([0.9, 0.95, -0.6], requires_grad=True)
returns = torch.tensor([1.0, 1.0, 0.0])
eps = 0.2
v_clipped = v_old + (v_new - v_old).clamp(-eps, eps)
l1 = (v_new - returns) ** 2
l2 = (v_clipped - returns) ** 2
loss = 0.5 * torch.max(l1, l2).mean()
loss.backward()
print(v_clipped)
print(loss)
print(v_new.grad)

# Lie groups chapter: a rotation from its skew-symmetric generator; fit an angle by gradient descent on matrix_exp.
import math
import torch

def skew(w):
    wx, wy, wz = w
    zero = torch.zeros(())
    return torch.stack([torch.stack([zero, -wz, wy]), torch.stack([wz, zero, -wx]), torch.stack([-wy, wx, zero])])

axis = torch.tensor([0.0, 0.0, 1.0])
R = torch.linalg.matrix_exp(skew(axis * math.pi / 3))
print(R)
print(R @ R.T)
print(torch.linalg.det(R).item())
target = torch.linalg.matrix_exp(skew(torch.tensor([0.3, -0.2, 0.9])))
w = torch.zeros(3, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.2)
for step in range(30):
    opt.zero_grad()
    loss = ((torch.linalg.matrix_exp(skew(w)) - target) ** 2).sum()
    loss.backward()
    opt.step()
    if step % 10 == 0:
        print(step, loss.item(), w.tolist())
print(w.detach(), loss.item())

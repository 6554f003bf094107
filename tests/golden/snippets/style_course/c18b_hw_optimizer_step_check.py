# HW: implement one Adam step by hand, compare with torch.optim.Adam
import torch

p = torch.tensor([1.0, -2.0], requires_grad=True)
opt = torch.optim.Adam([p], lr=0.1)
(p ** 2).sum().backward()
g = p.grad.clone()
opt.step()

lr, b1, b2, eps = 0.1, 0.9, 0.999, 1e-8
m = (1 - b1) * g
v = (1 - b2) * g * g
m_hat, v_hat = m / (1 - b1), v / (1 - b2)
mine = torch.tensor([1.0, -2.0]) - lr * m_hat / (v_hat.sqrt() + eps)
print("torch :", p.data)
print("mine  :", mine)
print("equal :", torch.equal(mine, p.data), torch.allclose(mine, p.data))

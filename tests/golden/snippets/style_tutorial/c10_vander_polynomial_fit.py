# Polynomial fitting with torch.vander and a stack of powers, solved exactly and by gradient descent.
import torch

torch.manual_seed(2)
x = torch.linspace(-1, 1, 9, dtype=torch.float64)
y = 1 - 2 * x + 0.5 * x ** 3
V = torch.vander(x, N=4)
print(V[:3])
V_inc = torch.vander(x, N=4, increasing=True)
P = torch.stack([x ** k for k in range(4)], dim=1)
print(torch.equal(V_inc, P), torch.equal(V.flip(1), V_inc))
coef = torch.linalg.lstsq(V_inc, y.unsqueeze(-1)).solution.squeeze()
print(coef.round(decimals=6))
print(torch.vander(torch.tensor([1, 2, 3])))
xf = x.float()
Pf = torch.stack([xf ** k for k in range(4)], dim=1)
w = torch.zeros(4, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.3)
for step in range(200):
    opt.zero_grad()
    loss = ((Pf @ w - y.float()) ** 2).mean()
    loss.backward()
    opt.step()
    if step % 50 == 0:
        print(step, loss.item())
print(w.detach())
print(torch.polyval if hasattr(torch, "polyval") else "no polyval")

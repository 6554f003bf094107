# inverse problem: recover a decay rate k from data with Adam (float64)
import torch

t = torch.linspace(0, 2, 9, dtype=torch.float64)
data = 3.0 * torch.exp(-0.7 * t)
k = torch.tensor(0.1, dtype=torch.float64, requires_grad=True)
A0 = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
opt = torch.optim.Adam([k, A0], lr=0.05)
for it in range(400):
    opt.zero_grad()
    loss = ((A0 * torch.exp(-k * t) - data) ** 2).mean()
    loss.backward()
    opt.step()
print(round(k.item(), 2), round(A0.item(), 2))
print(loss.item() < 1e-3)
print(opt.state_dict()["param_groups"])

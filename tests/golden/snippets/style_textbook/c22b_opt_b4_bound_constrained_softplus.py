import torch
import torch.nn.functional as F

raw = torch.tensor([0.0, -1.0], requires_grad=True)
opt = torch.optim.Adam([raw], lr=0.2)
target = torch.tensor([2.0, 0.05])
for it in range(30):
    pos = F.softplus(raw) + 1e-4
    loss = ((pos.log() - target.log()) ** 2).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
print(f"{loss.item():.6f}", (F.softplus(raw) + 1e-4).detach())
print(F.softplus(torch.tensor([30.0, -30.0]), beta=1, threshold=20))

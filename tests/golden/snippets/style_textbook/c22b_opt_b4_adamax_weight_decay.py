import torch

w = torch.tensor([[0.5, -1.5], [2.0, 0.1]], requires_grad=True)
opt = torch.optim.Adamax([w], lr=0.02, betas=(0.8, 0.95), weight_decay=0.05)
for _ in range(5):
    opt.zero_grad()
    torch.logsumexp(w, dim=1).sum().backward()
    opt.step()
print(w.detach())
print(opt.state[w]["exp_inf"])

import torch

x = torch.tensor([0.0], requires_grad=True)
opt = torch.optim.SGD([x], lr=0.1, maximize=True)
for i in range(5):
    opt.zero_grad()
    reward = -(x - 2.0) ** 2
    reward.backward()
    opt.step()
    print(i, f"{reward.item():.4f}", f"{x.item():.4f}")
print(opt.param_groups[0]["maximize"])

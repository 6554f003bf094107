import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0], requires_grad=True)
opt = torch.optim.Adam([a], lr=0.1)
opt.add_param_group({"params": [b], "lr": 0.01})
print(len(opt.param_groups), [g["lr"] for g in opt.param_groups])
print(opt.param_groups[1]["betas"], opt.param_groups[1]["eps"])
loss = (a ** 2).sum() + (b ** 2).sum()
loss.backward()
opt.step()
print(a.data, b.data)
try:
    opt.add_param_group({"params": [a]})
except ValueError as e:
    print("ValueError:", e)

import torch

torch.manual_seed(0)
x = torch.randn(6, 4)
y = torch.randn(6)
w = torch.randn(4, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
opt = torch.optim.NAdam([w, b], lr=0.05)
print(opt)
print(opt.defaults)
for step in range(8):
    opt.zero_grad()
    loss = ((x * w).sum(1) + b - y).pow(2).mean()
    loss.backward()
    opt.step()
    print(step, loss.item())
print(w.tolist(), b.tolist())
sd = opt.state_dict()
print(sorted(sd["param_groups"][0]), sorted(sd["state"][0]))
print({k: v.tolist() for k, v in opt.state[b].items()})
for bad in [dict(lr=-1), dict(eps=-1), dict(betas=(1.0, 0.9)), dict(betas=(0.9, 1.0)), dict(weight_decay=-1), dict(momentum_decay=-1)]:
    try:
        torch.optim.NAdam([w], **bad)
    except ValueError as e:
        print(type(e).__name__, e)
opt2 = torch.optim.NAdam([w], lr=0.01, weight_decay=0.1, decoupled_weight_decay=True)
print(opt2)
w.grad = torch.ones(4)
opt2.step()
print(w.tolist(), opt2.state[w]["mu_product"])

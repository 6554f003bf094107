import torch

torch.manual_seed(0)
x = torch.randn(6, 4)
y = torch.randn(6)
w = torch.randn(4, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
opt = torch.optim.Adamax([w, b], lr=0.1)
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
for bad in [dict(lr=-1), dict(eps=-1), dict(betas=(1.0, 0.9)), dict(betas=(0.9, -0.1)), dict(weight_decay=-1)]:
    try:
        torch.optim.Adamax([w], **bad)
    except ValueError as e:
        print(type(e).__name__, e)
opt2 = torch.optim.Adamax([w], weight_decay=0.1, maximize=True)
w.grad = torch.ones(4)
opt2.step()
print(w.tolist())

import torch

torch.manual_seed(0)
x = torch.randn(6, 4)
y = torch.randn(6)
w = torch.randn(4, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
opt = torch.optim.Rprop([w, b], lr=0.05)
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
for bad in [dict(lr=-1), dict(etas=(1.0, 1.2)), dict(etas=(0.5, 0.9))]:
    try:
        torch.optim.Rprop([w], **bad)
    except ValueError as e:
        print(type(e).__name__, e)
opt2 = torch.optim.Rprop([w], etas=(0.3, 1.5), step_sizes=(1e-3, 0.02), maximize=True)
for sign in [1, 1, -1, 1]:
    w.grad = torch.tensor([1.0, -2.0, 0.0, 3.0]) * sign
    opt2.step()
print(w.tolist(), opt2.state[w]["step_size"].tolist())

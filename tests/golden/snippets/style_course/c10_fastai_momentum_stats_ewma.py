# fast.ai: exponentially weighted moving averages with and without debiasing, as used by momentum and Adam.
import torch

torch.manual_seed(0)
ys = torch.linspace(-1, 1, 20) ** 2 + torch.randn(20) * 0.1
for beta in [0.5, 0.9]:
    avg, res, debiased = 0.0, [], []
    for i, y in enumerate(ys):
        avg = beta * avg + (1 - beta) * y
        res.append(avg)
        debiased.append(avg / (1 - beta ** (i + 1)))
    print(beta, torch.stack(res)[:5], torch.stack(debiased)[:3])
p = torch.tensor([1.0, -2.0], requires_grad=True)
opt = torch.optim.Adam([p], lr=0.1, betas=(0.9, 0.99))
for step in range(3):
    opt.zero_grad()
    (p ** 2).sum().backward()
    opt.step()
    st = opt.state[p]
    print(step, st["step"], st["exp_avg"], st["exp_avg_sq"], p.data)
print(opt.state_dict()["param_groups"][0]["betas"], sorted(opt.state_dict()["state"][0].keys()))

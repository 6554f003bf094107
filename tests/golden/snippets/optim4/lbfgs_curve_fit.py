import torch

torch.manual_seed(0)
x = torch.linspace(-2, 2, 40)
y = 1.5 * x ** 3 - 0.7 * x + 0.3 + 0.1 * torch.randn(40)
coef = torch.zeros(4, requires_grad=True)
opt = torch.optim.LBFGS([coef], lr=1, max_iter=20)
print(opt)


def closure():
    opt.zero_grad()
    pred = coef[0] + coef[1] * x + coef[2] * x ** 2 + coef[3] * x ** 3
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    return loss


for i in range(4):
    loss = opt.step(closure)
    print(i, f"{loss.item():.5f}", [round(c, 4) for c in coef.tolist()])
st = opt.state[coef]
print(sorted(st))
print(st["func_evals"], st["n_iter"], len(st["old_dirs"]), st["t"], f"{st['prev_loss']:.5f}")
sd = opt.state_dict()
print(sorted(sd["param_groups"][0].items()))
print(list(sd["state"]))

# curve fitting y = a*exp(b*x) with LBFGS, printing the state dict keys
import torch
torch.manual_seed(4)
x = torch.linspace(0, 1, 25)
y = 2.0 * torch.exp(-1.3 * x) + 0.01 * torch.randn(25)
params = torch.tensor([1.0, 0.0], requires_grad=True)
opt = torch.optim.LBFGS([params], lr=0.5, max_iter=10, history_size=5)
def closure():
    opt.zero_grad()
    a, b = params
    loss = ((a * torch.exp(b * x) - y) ** 2).sum()
    loss.backward()
    return loss
for _ in range(3):
    l = opt.step(closure)
print(l.item())
print(params.data)
print(sorted(opt.state_dict()["state"][0].keys()))
print(opt.state[params]["func_evals"], opt.state[params]["n_iter"])

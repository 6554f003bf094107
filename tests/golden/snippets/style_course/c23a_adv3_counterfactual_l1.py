# A counterfactual explanation: move x until the class flips, with an L1 penalty on the change
import torch

w, b = torch.tensor([2.0, -1.0, 0.5]), torch.tensor(-0.5)
x0 = torch.tensor([0.1, 0.4, 0.2])
x = x0.clone().requires_grad_(True)
opt = torch.optim.SGD([x], lr=0.1)
for step in range(30):
    logit = x @ w + b
    loss = torch.nn.functional.softplus(-logit) + 0.1 * (x - x0).abs().sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if logit.item() > 0:
        break
print(step, round(logit.item(), 3))
print((x - x0).detach().round(decimals=3))

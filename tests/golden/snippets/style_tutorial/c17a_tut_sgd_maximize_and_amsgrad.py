# maximize=True climbs instead of descending; Adam's amsgrad keeps max_exp_avg_sq
import torch

x = torch.tensor([0.0], requires_grad=True)
opt = torch.optim.SGD([x], lr=0.1, maximize=True)
for _ in range(3):
    opt.zero_grad()
    reward = -(x - 2) ** 2
    reward.sum().backward()
    opt.step()
print(x)
y = torch.tensor([1.0, -1.0], requires_grad=True)
adam = torch.optim.Adam([y], lr=0.1, amsgrad=True)
for _ in range(3):
    adam.zero_grad()
    (y ** 4).sum().backward()
    adam.step()
print(y.data, sorted(adam.state[y]), adam.state[y]["max_exp_avg_sq"])

import torch
from torch import nn

# A learned loss (small net on the residual) trained so one step on it reduces the true MSE
torch.manual_seed(37)
learned = nn.Sequential(nn.Linear(1, 4), nn.Softplus(), nn.Linear(4, 1))
meta_opt = torch.optim.SGD(learned.parameters(), lr=0.01)
x = torch.linspace(-1, 1, 6).unsqueeze(1)
y = 2 * x + 1
for it in range(3):
    theta = torch.zeros(2, requires_grad=True)
    pred = theta[0] * x + theta[1]
    surrogate = learned((pred - y)).mean()
    g, = torch.autograd.grad(surrogate, theta, create_graph=True)
    theta2 = theta - 0.5 * g
    true = ((theta2[0] * x + theta2[1] - y) ** 2).mean()
    meta_opt.zero_grad()
    true.backward()
    meta_opt.step()
    print(it, f"{true.item():.3f}", g.shape)

# A two-headed regressor that outputs a mean and a log-variance; NLL by hand
import torch
import torch.nn as nn

torch.manual_seed(9)
body = nn.Linear(1, 2)
x = torch.tensor([[0.0], [1.0], [2.0]])
y = torch.tensor([0.1, 0.9, 2.2])
out = body(x)
mu, logvar = out[:, 0], out[:, 1]
nll = 0.5 * (logvar + (y - mu) ** 2 / logvar.exp()).mean()
nll.backward()
print(mu.shape, logvar.shape, nll.grad_fn.name())
print(round(nll.item(), 4))
print(body.weight.grad.shape, body.bias.grad.shape)

# MAML with torch.func.functional_call and a dict of fast weights
import torch
from torch.func import functional_call
torch.manual_seed(4)
net = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.ReLU(), torch.nn.Linear(8, 1))
params = dict(net.named_parameters())
x, y = torch.randn(10, 2), torch.randn(10, 1)
for step in range(2):
    out = functional_call(net, params, (x,))
    loss = torch.nn.functional.mse_loss(out, y)
    grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
    params = {n: p - 0.05 * g for (n, p), g in zip(params.items(), grads)}
    print(step, loss.item())
meta = torch.nn.functional.mse_loss(functional_call(net, params, (x,)), y)
meta.backward()
print(meta.item(), net[2].bias.grad)
print(type(params["0.weight"]).__name__, params["0.weight"].is_leaf)

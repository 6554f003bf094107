import torch
import torch.nn.functional as F

# MAML with conv weights held in a plain dict, adapted functionally
torch.manual_seed(70)
params = {"conv": torch.randn(2, 1, 3, 3, requires_grad=True), "fc": torch.randn(3, 2, requires_grad=True)}
def net(p, x):
    h = F.relu(F.conv2d(x, p["conv"], padding=1))
    return F.linear(h.mean(dim=(2, 3)), p["fc"])
x = torch.randn(4, 1, 5, 5)
y = torch.tensor([0, 1, 2, 1])
loss = F.cross_entropy(net(params, x), y)
grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
fast = {k: v - 0.4 * g for (k, v), g in zip(params.items(), grads)}
meta = F.cross_entropy(net(fast, x), y)
meta.backward()
print(fast["conv"].grad_fn.name(), params["conv"].grad.shape, params["fc"].grad.shape)
print(meta.item() < loss.item() + 1.0)

# "Per-sample-gradients": grad of a single-sample loss, vmapped over the batch with functional_call.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad, vmap

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
data = torch.randn(5, 3)
targets = torch.tensor([0, 1, 1, 0, 1])
params = {k: v.detach() for k, v in model.named_parameters()}
buffers = {k: v.detach() for k, v in model.named_buffers()}

def compute_loss(params, buffers, sample, target):
    batch = sample.unsqueeze(0)
    predictions = functional_call(model, (params, buffers), (batch,))
    return F.cross_entropy(predictions, target.unsqueeze(0))

ft_compute_grad = grad(compute_loss)
ft_compute_sample_grad = vmap(ft_compute_grad, in_dims=(None, None, 0, 0))
ft_per_sample_grads = ft_compute_sample_grad(params, buffers, data, targets)
for name, g in ft_per_sample_grads.items():
    print(name, tuple(g.shape))
loss = F.cross_entropy(model(data), targets, reduction='sum')
loss.backward()
print(torch.allclose(ft_per_sample_grads['2.bias'].sum(0), model[2].bias.grad, atol=1e-6))
print(ft_per_sample_grads['2.bias'])

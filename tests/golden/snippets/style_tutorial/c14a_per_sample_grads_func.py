# Per-sample-gradients tutorial shape: functional_call with detached params, grad, and vmap over the batch.
import torch
from torch.func import functional_call, grad, vmap

torch.manual_seed(1440)
model = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.Tanh(), torch.nn.Linear(3, 2))
data = torch.randn(5, 4)
targets = torch.tensor([0, 1, 1, 0, 1])
params = {k: v.detach() for k, v in model.named_parameters()}


def compute_loss(params, sample, target):
    batch = sample.unsqueeze(0)
    predictions = functional_call(model, params, (batch,))
    return torch.nn.functional.cross_entropy(predictions, target.unsqueeze(0))


ft_per_sample = vmap(grad(compute_loss), in_dims=(None, 0, 0))(params, data, targets)
print({k: tuple(v.shape) for k, v in ft_per_sample.items()})
manual = []
for i in range(5):
    model.zero_grad()
    torch.nn.functional.cross_entropy(model(data[i:i + 1]), targets[i:i + 1]).backward()
    manual.append(model[2].bias.grad.clone())
print(torch.allclose(torch.stack(manual), ft_per_sample['2.bias'], atol=1e-6))
print(ft_per_sample['2.bias'])

import torch
from torch.func import hessian, functional_call

# sharpness of a tiny regression loss: top Hessian eigenvalue w.r.t. the weight matrix only
torch.manual_seed(54)
probe = torch.nn.Linear(3, 1)
inputs = torch.randn(10, 3)
labels = inputs @ torch.tensor([[0.5], [-1.0], [2.0]])
frozen_bias = probe.bias.detach()


def objective(weight):
    out = functional_call(probe, {"weight": weight, "bias": frozen_bias}, (inputs,))
    return (out - labels).pow(2).mean()


curv = hessian(objective)(probe.weight.detach())
print(tuple(curv.shape))
spectrum = torch.linalg.eigvalsh(curv.reshape(3, 3))
print(spectrum.round(decimals=4), f"sharpness={spectrum.max().item():.4f}")
print(torch.allclose(curv.reshape(3, 3), 2 * inputs.T @ inputs / 10, atol=1e-5))

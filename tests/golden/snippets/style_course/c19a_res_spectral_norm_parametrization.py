# spectral norm parametrization keeps the top singular value near 1
import torch
from torch.nn.utils.parametrizations import spectral_norm
torch.manual_seed(15)
layer = spectral_norm(torch.nn.Linear(6, 4))
for _ in range(10):
    layer(torch.randn(2, 6))
print(torch.linalg.matrix_norm(layer.weight, ord=2).item())
print(sorted(k for k in layer.state_dict()))
layer.eval()
w1 = layer.weight.clone(); w2 = layer.weight
print(torch.equal(w1, w2))

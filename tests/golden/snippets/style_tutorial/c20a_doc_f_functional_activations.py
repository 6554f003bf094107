# torch.nn.functional activations: gelu(approximate), silu, softplus(threshold), glu, hardtanh
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(6)
print(F.gelu(x))
print(F.gelu(x, approximate='tanh'))
print(F.silu(x), F.mish(x))
print(F.softplus(x, beta=2, threshold=1))
print(F.glu(torch.randn(2, 4), dim=-1))
print(F.hardtanh(x, min_val=-0.5, max_val=0.5), F.relu6(x * 4))
print(F.elu(x, alpha=0.5), F.leaky_relu(x, negative_slope=0.2))
print(F.logsigmoid(x), F.softsign(x))
print(F.normalize(torch.tensor([[3., 4.], [1., 0.]]), p=2, dim=1))

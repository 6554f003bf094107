# Softplus in float32 takes exp of x * beta in float, as PyTorch's kernel (shown to 8 digits).
import torch
import torch.nn.functional as F

torch.set_printoptions(precision=8)
torch.manual_seed(0)
x = torch.randn(3, 12) * 3
print(F.softplus(x))
print(F.softplus(x, beta=2.0, threshold=5.0))
print(torch.nn.Softplus(beta=0.5)(x[0]))

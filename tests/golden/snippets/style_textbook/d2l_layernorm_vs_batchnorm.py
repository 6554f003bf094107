# Layer normalisation normalises each example, batch normalisation each feature.
import torch
from torch import nn

ln = nn.LayerNorm(2)
bn = nn.BatchNorm1d(2)
X = torch.tensor([[1, 2], [2, 3]], dtype=torch.float32)
print('layer norm:', ln(X), '\nbatch norm:', bn(X))
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
print(bn(X))
ln3 = nn.LayerNorm([2, 3], elementwise_affine=False)
print(ln3, ln3(torch.arange(6.).view(1, 2, 3)))
print(ln.weight, ln.bias)

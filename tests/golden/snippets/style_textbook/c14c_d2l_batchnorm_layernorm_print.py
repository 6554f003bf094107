# Textbook comparison of batch and layer normalisation on the same mini-batch, with printing
# options to show four decimals and no scientific notation.
import torch
from torch import nn

torch.set_printoptions(precision=4, sci_mode=False)
torch.manual_seed(18)
X = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 9.0], [0.5, 0.0, -1.0], [7.0, 1.0, 2.0]])
bn = nn.BatchNorm1d(3)
ln = nn.LayerNorm(3)
print('batch norm:', bn(X), sep='\n')
print('layer norm:', ln(X), sep='\n')
print(bn.running_mean, bn.running_var)
bn.eval()
print(bn(X))
Y = torch.randn(2, 3) * 1e-5
print(Y, ln(Y))
torch.set_printoptions(profile='default')
print(torch.tensor([1e-5, 12345.678]))

# nn.Unfold / nn.Fold and Tensor.unfold
import torch
import torch.nn as nn

torch.manual_seed(0)
unfold = nn.Unfold(kernel_size=(2, 3))
input = torch.randn(2, 5, 3, 4)
output = unfold(input)
print(output.size())
fold = nn.Fold(output_size=(4, 5), kernel_size=(2, 2))
input = torch.randn(1, 3 * 2 * 2, 12)
print(fold(input).size())
x = torch.arange(1., 8)
print(x.unfold(0, 2, 1))
print(x.unfold(0, 2, 2))
print(unfold, fold)

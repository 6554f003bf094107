# nn.Unfold / nn.Fold modules: reprs and overlap counting by folding ones.
import torch
import torch.nn as nn

unf = nn.Unfold(kernel_size=2, stride=1)
fold = nn.Fold(output_size=(3, 3), kernel_size=2, stride=1)
print(unf)
print(fold)
ones = torch.ones(1, 1, 3, 3)
counts = fold(unf(ones))
print(counts[0, 0])
print(unf(torch.arange(9.0).view(1, 1, 3, 3))[0])

# fold(unfold(x)) counts overlaps: dividing by fold(unfold(ones))
import torch
import torch.nn.functional as F

x = torch.arange(16.).view(1, 1, 4, 4)
cols = F.unfold(x, kernel_size=2, stride=1)
back = F.fold(cols, output_size=(4, 4), kernel_size=2, stride=1)
counts = F.fold(F.unfold(torch.ones_like(x), 2), (4, 4), 2)
print(counts[0, 0])
print(torch.equal(back / counts, x))
print(F.fold(F.unfold(x, 2, stride=2), (4, 4), 2, stride=2).equal(x))

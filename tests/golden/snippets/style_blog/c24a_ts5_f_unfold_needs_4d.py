# F.unfold is for images: a 3-D series needs a fake height dimension
import torch
import torch.nn.functional as F

x = torch.arange(8.0).view(1, 1, 8)
try:
    F.unfold(x, kernel_size=3)
except (RuntimeError, NotImplementedError) as e:
    print(type(e).__name__, e)
patches = F.unfold(x.unsqueeze(2), kernel_size=(1, 3), stride=(1, 2))
print(patches.shape)
print(patches)
print(torch.equal(patches[0].T, x.view(-1).unfold(0, 3, 2)))

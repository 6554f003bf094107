# padding="same" by hand with F.pad vs the conv keyword
import torch
import torch.nn.functional as F

torch.manual_seed(62)
x = torch.randn(1, 1, 6)
w = torch.randn(1, 1, 4)
same = F.conv1d(x, w, padding="same")
manual = F.conv1d(F.pad(x, (1, 2)), w)
print(same.shape, torch.allclose(same, manual))
print(F.pad(x, (1, 2))[0, 0, :3])
print(F.pad(x, (2, 2), mode="reflect").shape, F.pad(x, (2, 2), mode="replicate")[0, 0, :3])
try:
    F.conv1d(x, w, padding="same", stride=2)
except RuntimeError as e:
    print("RuntimeError:", e)

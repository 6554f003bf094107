# degree one-hot node features (OneHotDegree) with F.one_hot and clamp
import torch
import torch.nn.functional as F

ei = torch.tensor([[0, 0, 0, 1, 2, 3, 3], [1, 2, 3, 0, 0, 0, 1]])
deg = torch.bincount(ei[0], minlength=5)
print(deg)
print(F.one_hot(deg.clamp(max=2), num_classes=3))
try:
    F.one_hot(deg, num_classes=2)
except RuntimeError as e:
    print("RuntimeError:", e)
print(F.one_hot(deg).shape)

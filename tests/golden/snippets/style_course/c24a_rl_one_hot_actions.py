# One-hot encoded actions and the errors F.one_hot raises
import torch
import torch.nn.functional as F

actions = torch.tensor([2, 0, 1, 2])
oh = F.one_hot(actions, num_classes=4)
print(oh, oh.dtype)
print(F.one_hot(actions))
try:
    F.one_hot(torch.tensor([0.0, 1.0]))
except RuntimeError as e:
    print(e)
try:
    F.one_hot(actions, num_classes=2)
except RuntimeError as e:
    print(e)
q = torch.tensor([[1.0, 2.0, 3.0, 4.0]]).expand(4, 4)
print((q * oh).sum(1))

# Q: F.one_hot raises "Class values must be smaller than num_classes" / needs int64; and the result dtype.
import torch
import torch.nn.functional as F

y = torch.tensor([0, 2, 1])
print(F.one_hot(y), F.one_hot(y).dtype)
print(F.one_hot(y, num_classes=5))
try:
    F.one_hot(y, num_classes=2)
except RuntimeError as e:
    print(e)
try:
    F.one_hot(y.float())
except RuntimeError as e:
    print(e)
try:
    F.one_hot(y.int())
except RuntimeError as e:
    print(e)
try:
    F.one_hot(torch.tensor([-1, 0]))
except RuntimeError as e:
    print(e)
print(F.one_hot(torch.tensor([[0, 1], [2, 0]])).shape)
oh = F.one_hot(y).float()
print(oh.argmax(1), (oh * torch.tensor([10., 20., 30.])).sum(1))
print(F.one_hot(torch.tensor([], dtype=torch.long), num_classes=3).shape)
print(torch.eye(3)[y])

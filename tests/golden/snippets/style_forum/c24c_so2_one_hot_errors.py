# Q: one_hot is only applicable to index tensor
import torch
import torch.nn.functional as F

print(F.one_hot(torch.tensor([0, 2, 1])))
print(F.one_hot(torch.tensor([0, 2]), num_classes=4))
for bad in (torch.tensor([0.0, 1.0]), torch.tensor([-1, 1])):
    try:
        F.one_hot(bad)
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    F.one_hot(torch.tensor([3]), num_classes=2)
except RuntimeError as e:
    print("RuntimeError:", e)

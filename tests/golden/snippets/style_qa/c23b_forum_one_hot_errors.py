import torch
import torch.nn.functional as F

labels = torch.tensor([0, 2, 1, 2])
print(F.one_hot(labels))
print(F.one_hot(labels, num_classes=4).float())
for bad in (torch.tensor([0.0, 1.0]), torch.tensor([0, 5])):
    try:
        F.one_hot(bad, num_classes=3)
    except Exception as e:
        print(type(e).__name__, e)
try:
    F.one_hot(torch.tensor([-1, 0]))
except Exception as e:
    print(type(e).__name__, e)

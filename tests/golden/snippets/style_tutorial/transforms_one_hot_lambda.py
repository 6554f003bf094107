# The target transform that turns a label into a one-hot vector with scatter_.
import torch

def target_transform(y):
    return torch.zeros(10, dtype=torch.float).scatter_(0, torch.tensor(y), value=1)

print(target_transform(3))
print(target_transform(9))
labels = torch.tensor([0, 2, 1])
print(torch.nn.functional.one_hot(labels, num_classes=4))
print(torch.zeros(3, 4).scatter_(1, labels.unsqueeze(1), 1.0))
